namespace Adoption.Portal.Reviews;

/// <summary>
/// A business review the CSM published for one quarter: its figures as they stood at publishing,
/// stored as JSON so later data (a ticked task, new events, a corrected value) never changes what
/// the customer was shown. Publishing the same quarter again replaces the snapshot.
/// </summary>
public sealed class PublishedReview
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    /// <summary>The quarter, e.g. <c>2026-Q3</c>.</summary>
    public required string PeriodKey { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    /// <summary>The <see cref="Pages.Customer.Review.BusinessReview"/> as JSON.</summary>
    public required string Snapshot { get; set; }
}
