namespace Adoption.Portal.Domain.Revenue;

/// <summary>A chance to grow an account the CSM is working on: upsell, cross-sell or more seats.</summary>
public sealed class Opportunity : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public OpportunityKind Kind { get; set; }
    public required string Title { get; set; }
    /// <summary>The ARR it would add, in <see cref="Currency"/>.</summary>
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public OpportunityStage Stage { get; set; }
    public string? CsmUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Stage is not (OpportunityStage.Won or OpportunityStage.Lost);
}
