namespace Adoption.Portal.Domain.Accounts;

public enum RiskCategory
{
    Implementation = 0,
    Sentiment = 1,
    Support = 2,
    Product = 3,
    /// <summary>A champion or sponsor changed or left.</summary>
    Company = 4,
    Renewal = 5,
}
