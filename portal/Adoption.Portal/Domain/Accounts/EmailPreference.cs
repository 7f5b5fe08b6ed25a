namespace Adoption.Portal.Domain.Accounts;

/// <summary>A contact's choice for one email category; a missing row means subscribed.</summary>
public sealed class EmailPreference
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public EmailCategory Category { get; set; }
    public bool Subscribed { get; set; }
    public DateTime ChangedAt { get; set; }
}
