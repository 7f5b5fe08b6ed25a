namespace Adoption.Portal.Domain.Accounts;

/// <summary>
/// The CSM's read of how the customer feels, entered on the account: the latest entry counts, the
/// earlier ones are its history. A negative latest entry raises a sentiment risk. Vendor-only.
/// </summary>
public sealed class SentimentEntry
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public CsmSentiment Sentiment { get; set; }
    public string? Note { get; set; }
    public required string ByName { get; set; }
    public DateTime At { get; set; }
}

public enum CsmSentiment
{
    Positive = 0,
    Neutral = 1,
    Negative = 2,
}
