namespace Adoption.Portal.Domain.Accounts;

/// <summary>A customer company: one tenant of the portal.</summary>
public sealed class Account : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The host product's <c>groupId</c> for this company, if it sends one.</summary>
    public string? ExternalId { get; set; }
    public Segment Segment { get; set; }
    public string? Industry { get; set; }
    public int Employees { get; set; }
    public int LicensedSeats { get; set; }
    /// <summary>Annual recurring revenue in <see cref="Currency"/>.</summary>
    public decimal Arr { get; set; }
    public string Currency { get; set; } = "EUR";
    public string? Plan { get; set; }
    public LifecycleStage Stage { get; set; }
    public DateOnly RenewalDate { get; set; }
    public Coverage Coverage { get; set; }
    /// <summary>The named CSM (an Identity user id); null for the tech-touch pool.</summary>
    public string? CsmUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
    /// <summary>The account's language (one of <see cref="Locales.Supported"/>): new contacts start with it.</summary>
    public string Language { get; set; } = Locales.Default;
    /// <summary>An IANA time zone, e.g. Europe/Helsinki.</summary>
    public string TimeZone { get; set; } = "UTC";
    /// <summary>Set when the account is archived: it leaves the portfolio and its people can no longer sign in.</summary>
    public DateTime? ArchivedAt { get; set; }

    public List<Contact> Contacts { get; set; } = [];
}
