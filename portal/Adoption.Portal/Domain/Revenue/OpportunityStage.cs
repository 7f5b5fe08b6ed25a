namespace Adoption.Portal.Domain.Revenue;

public enum OpportunityStage
{
    Identified = 0,
    Qualified = 1,
    Proposed = 2,
    Won = 3,
    Lost = 4,
}
