namespace Adoption.Portal.Domain.Accounts;

public enum Coverage
{
    /// <summary>Served at scale by email programs and in-product nudges.</summary>
    TechTouch = 0,
    /// <summary>A named CSM owns the relationship.</summary>
    Named = 1,
}
