namespace Adoption.Portal.Pages.Csm.Nudges;

/// <summary>The host-product users a CSM can pick: contacts whose host user id is known.</summary>
internal static class NudgeUsers
{
    public static async Task<IReadOnlyList<(string ExternalId, string Name, string Email)>> ListAsync(AdoptionDb db) =>
        (await db.Contacts.AsNoTracking().Where(c => c.ExternalId != null).OrderBy(c => c.ExternalId)
            .Select(c => new { c.ExternalId, c.Name, c.Email }).ToListAsync())
        .Select(c => (c.ExternalId!, c.Name, c.Email)).ToList();
}
