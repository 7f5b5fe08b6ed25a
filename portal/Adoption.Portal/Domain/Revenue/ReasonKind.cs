namespace Adoption.Portal.Domain.Revenue;

public enum ReasonKind
{
    Churn = 0,
    Contraction = 1,
}
