namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>The workspace's sections for one account; each is a page under /csm/accounts/{id}.</summary>
public enum AccountTab
{
    Overview = 0,
    Plan = 1,
    Value = 2,
    Training = 3,
    Relationship = 4,
    Risks = 5,
    Revenue = 6,
    People = 7,
    Details = 8,
    Review = 9,
}

/// <summary>What the header of every account page needs: the name and which section is open.</summary>
public sealed record AccountHeader(int Id, string Name, AccountTab Tab);
