namespace Adoption.Portal.Domain.Revenue;

public enum RenewalOutcome
{
    Open = 0,
    Renewed = 1,
    Expanded = 2,
    Contracted = 3,
    Churned = 4,
}
