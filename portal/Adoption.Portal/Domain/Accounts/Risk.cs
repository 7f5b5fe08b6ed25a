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
    /// <summary>Someone is working on it; still open for health. Closing is <see cref="ResolvedAt"/>.</summary>
    public bool Mitigating { get; set; }
    /// <summary>Closed once resolved, whoever closed it, so a risk can never be closed and open at once.</summary>
    public RiskStatus Status => ResolvedAt is not null ? RiskStatus.Closed : Mitigating ? RiskStatus.Mitigating : RiskStatus.Open;
    /// <summary>The staff member who owns it (an Identity user id); null until someone takes it.</summary>
    public string? OwnerUserId { get; set; }
    public DateOnly? DueDate { get; set; }
    /// <summary>The key feature a product risk concerns ("blocked by Alerts"); null otherwise.</summary>
    public int? KeyFeatureId { get; set; }

    public List<RiskEvent> History { get; set; } = [];
}
