namespace Adoption.Portal.Domain.Accounts;

/// <summary>A risk the CSM should act on; open until resolved.</summary>
public sealed class Risk
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public RiskCategory Category { get; set; }
    public required string Title { get; set; }
    public string? Detail { get; set; }
    public DateTime RaisedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    /// <summary>The risk rule that raised it (see <c>Health/Risks/RiskRules</c>); null when a person raised it.</summary>
    public string? Rule { get; set; }
}
