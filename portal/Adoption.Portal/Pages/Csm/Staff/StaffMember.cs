namespace Adoption.Portal.Pages.Csm.Staff;

/// <summary>One of the vendor's people as the staff page lists them.</summary>
public sealed record StaffMember(string Id, string Name, string Email, bool IsOps, bool HasPassword, bool Deactivated)
{
    public static async Task<IReadOnlyList<StaffMember>> AllAsync(AdoptionDb db)
    {
        var roles = await db.Roles.Where(r => r.Name == Roles.Csm || r.Name == Roles.CsOps).ToDictionaryAsync(r => r.Name!, r => r.Id);
        var csm = roles.GetValueOrDefault(Roles.Csm);
        var ops = roles.GetValueOrDefault(Roles.CsOps);
        return await db.Users
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == csm))
            .OrderBy(u => u.DisplayName)
            .Select(u => new StaffMember(u.Id, u.DisplayName, u.Email!, db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == ops),
                u.PasswordHash != null, u.LockoutEnd != null && u.LockoutEnd == DateTimeOffset.MaxValue))
            .ToListAsync();
    }
}
