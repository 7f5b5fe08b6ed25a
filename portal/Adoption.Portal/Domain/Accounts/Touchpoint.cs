namespace Adoption.Portal.Domain.Accounts;

/// <summary>Outreach to an account (call, meeting, email, business review).</summary>
public sealed class Touchpoint
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public TouchpointKind Kind { get; set; }
    public required string Summary { get; set; }
    public string? UserId { get; set; }
    public DateTime OccurredAt { get; set; }
}

public enum TouchpointKind
{
    Call = 0,
    Meeting = 1,
    Email = 2,
    BusinessReview = 3,
}
