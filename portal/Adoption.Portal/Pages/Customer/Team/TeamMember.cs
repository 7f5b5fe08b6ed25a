namespace Adoption.Portal.Pages.Customer.Team;

public enum MemberStatus
{
    Active = 0,
    Invited = 1,
    NoAccess = 2,
    Left = 3,
}

/// <summary>A contact with what the team page shows about their sign-in.</summary>
public sealed record TeamMember(Contact Contact, string? UserId, bool IsAdmin, MemberStatus Status)
{
    /// <summary>Every contact of the account, with portal access and status, by name.</summary>
    public static async Task<IReadOnlyList<TeamMember>> ListAsync(AdoptionDb db, int accountId, DateTime now)
    {
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId).OrderBy(c => c.Name).ToListAsync();
        var users = await db.Users.AsNoTracking().Where(u => u.AccountId == accountId && u.ContactId != null)
            .Select(u => new { u.Id, u.ContactId }).ToListAsync();
        var admins = await AdminUserIdsAsync(db, accountId);
        var invited = await db.Invitations.AsNoTracking()
            .Where(i => i.AccountId == accountId && i.AcceptedAt == null && i.ExpiresAt > now)
            .Select(i => i.Email).ToListAsync();

        return contacts.Select(c =>
        {
            var userId = users.FirstOrDefault(u => u.ContactId == c.Id)?.Id;
            var status = c.LeftAt is not null ? MemberStatus.Left
                : userId is not null ? MemberStatus.Active
                : invited.Contains(c.Email, StringComparer.OrdinalIgnoreCase) ? MemberStatus.Invited
                : MemberStatus.NoAccess;
            return new TeamMember(c, userId, userId is not null && admins.Contains(userId), status);
        }).ToList();
    }

    public static async Task<HashSet<string>> AdminUserIdsAsync(AdoptionDb db, int accountId) =>
        (await (from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == Roles.CustomerAdmin && u.AccountId == accountId
                select ur.UserId).ToListAsync()).ToHashSet();
}
