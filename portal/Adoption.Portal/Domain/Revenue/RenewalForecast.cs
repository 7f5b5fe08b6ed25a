namespace Adoption.Portal.Domain.Revenue;

/// <summary>The CSM's call on an open renewal.</summary>
public enum RenewalForecast
{
    NotCalled = 0,
    Likely = 1,
    AtRisk = 2,
    WillChurn = 3,
}
