namespace Adoption.Portal.Domain.Accounts;

/// <summary>A person at a customer account.</summary>
public sealed class Contact : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public Account? Account { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    /// <summary>The host product's <c>userId</c> for this person, if known.</summary>
    public string? ExternalId { get; set; }
    public ContactRole Role { get; set; }
    public string? Title { get; set; }
    /// <summary>One of <see cref="Locales.Supported"/>.</summary>
    public string Locale { get; set; } = Locales.Default;
    public string TimeZone { get; set; } = "UTC";
    /// <summary>Set when the person has left the company; a departed champion or sponsor is a risk.</summary>
    public DateTime? LeftAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public List<EmailPreference> EmailPreferences { get; set; } = [];
    public DateTimeOffset? EmailBouncedAt { get; set; }
}
