namespace Adoption.Portal.Domain.Accounts;

/// <summary>Where a risk stands. Open and mitigating risks both weigh on health; a closed one has <see cref="Risk.ResolvedAt"/>.</summary>
public enum RiskStatus
{
    Open = 0,
    Mitigating = 1,
    Closed = 2,
}
