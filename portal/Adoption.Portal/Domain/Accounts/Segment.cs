namespace Adoption.Portal.Domain.Accounts;

/// <summary>Segment by value: decides the coverage model an account gets.</summary>
public enum Segment
{
    Smb = 0,
    MidMarket = 1,
    Enterprise = 2,
}
