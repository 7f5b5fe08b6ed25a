namespace Adoption.Portal.Pages.Csm.Value;

/// <summary>The objectives of an account's plan that a value entry may be tied to.</summary>
public static class ObjectiveChoices
{
    public static async Task<IReadOnlyList<(int Id, string Title)>> ForAccountAsync(AdoptionDb db, int accountId) =>
        (await db.Objectives.AsNoTracking().Where(o => o.Plan!.AccountId == accountId).OrderBy(o => o.Order)
            .Select(o => new { o.Id, o.Title }).ToListAsync()).Select(o => (o.Id, o.Title)).ToList();
}
