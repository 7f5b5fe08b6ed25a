namespace Adoption.Portal.Reviews;

/// <summary>
/// The CSM has looked at an account's ROI statement as it stood (this value against this ARR). A
/// negative ROI reaches the customer only once reviewed: a statement the customer reads as "you lose
/// money on us" is a conversation, not a number they find alone. A new sign-off or a new ARR changes
/// the statement and needs a new review.
/// </summary>
public sealed class RoiReview
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public decimal AnnualValue { get; set; }
    public decimal Arr { get; set; }
    public DateTime ReviewedAt { get; set; }
    public required string ReviewedBy { get; set; }
}
