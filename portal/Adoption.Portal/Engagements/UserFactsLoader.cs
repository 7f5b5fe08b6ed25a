namespace Adoption.Portal.Engagements;

/// <summary>
/// Reads one user's facts with few, narrow queries: who they are (contact or known user), their
/// account, their key-feature use, the account's milestones only when a live rule asks, and the
/// event names checklist steps wait for only when a step names one.
/// </summary>
public static class UserFactsLoader
{
    /// <summary>The facts, or null when neither the user nor the group is known (a brand-new user of the host).</summary>
    /// <param name="stepEvents">The event names checklist steps wait for (the live ones' and any asked about).</param>
    public static async Task<UserFacts?> LoadAsync(
        AdoptionDb db, string userId, string? groupId, LiveSnapshot live, IReadOnlyList<string> stepEvents, CancellationToken cancellationToken)
    {
        int? accountId = null;
        if (groupId is not null)
        {
            accountId = await db.Accounts.AsNoTracking().Where(a => a.ExternalId == groupId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (accountId is null)
            {
                return null;
            }
        }

        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.ExternalId == userId && (accountId == null || c.AccountId == accountId))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AccountId, c.Role, c.Locale })
            .FirstOrDefaultAsync(cancellationToken);
        accountId ??= contact?.AccountId
            ?? await db.KnownUsers.AsNoTracking().Where(u => u.UserKey == userId).Select(u => (int?)u.AccountId).FirstOrDefaultAsync(cancellationToken);
        if (accountId is not { } id)
        {
            return null;
        }

        // The account's language is that of its first contact: accounts have no language of their own.
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Segment, a.Stage, a.Coverage, a.Industry, a.Plan, a.Employees, a.LicensedSeats, a.Arr, Locale = a.Contacts.OrderBy(c => c.Id).Select(c => c.Locale).FirstOrDefault() })
            .FirstAsync(cancellationToken);
        var used = await db.UserFeatureDays.AsNoTracking().Where(d => d.AccountId == id && d.UserKey == userId)
            .GroupBy(d => d.FeatureId)
            .Select(g => new { FeatureId = g.Key, Last = g.Max(d => d.Day) })
            .ToListAsync(cancellationToken);
        var firstActive = await db.UserDays.AsNoTracking().Where(d => d.AccountId == id && d.UserKey == userId)
            .MinAsync(d => (DateOnly?)d.Day, cancellationToken);
        var milestones = live.UsesMilestones
            ? await db.Milestones.AsNoTracking().Where(m => m.Objective!.Plan!.AccountId == id)
                .Select(m => new { m.Title, m.Status }).ToListAsync(cancellationToken)
            : [];
        // One seek on the key (account, person, name): the person's rows of these few names only.
        var tracked = stepEvents.Count == 0 ? []
            : await db.UserEvents.AsNoTracking().Where(e => e.AccountId == id && e.UserKey == userId && stepEvents.Contains(e.Event))
                .Select(e => e.Event).ToListAsync(cancellationToken);

        return new UserFacts(
            userId, id, account.Locale ?? "en", contact?.Id, contact?.Role, contact?.Locale,
            account.Segment, account.Stage, account.Coverage, account.Industry, account.Plan, account.Employees, account.LicensedSeats, account.Arr,
            firstActive,
            used.Where(u => live.FeatureKeys.ContainsKey(u.FeatureId)).ToDictionary(u => live.FeatureKeys[u.FeatureId], u => u.Last, StringComparer.Ordinal),
            milestones.GroupBy(m => m.Title, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Min(m => m.Status), StringComparer.Ordinal),
            tracked.ToHashSet(StringComparer.Ordinal));
    }
}
