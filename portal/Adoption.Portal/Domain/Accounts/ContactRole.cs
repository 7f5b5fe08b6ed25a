namespace Adoption.Portal.Domain.Accounts;

public enum ContactRole
{
    User = 0,
    Admin = 1,
    Champion = 2,
    ExecutiveSponsor = 3,
}
