namespace Adoption.Portal.Domain.Revenue;

public enum OpportunityKind
{
    Upsell = 0,
    CrossSell = 1,
    Seats = 2,
}
