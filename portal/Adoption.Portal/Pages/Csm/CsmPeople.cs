namespace Adoption.Portal.Pages.Csm;

/// <summary>The vendor's CSMs by user id, for owner columns and pickers.</summary>
public static class CsmPeople
{
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(AdoptionDb db, CancellationToken cancellationToken = default)
    {
        var role = await db.Roles.Where(r => r.Name == Roles.Csm).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        return await db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .OrderBy(u => u.DisplayName).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
