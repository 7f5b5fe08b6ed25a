using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Revenue;

/// <summary>
/// Keeps the ARR history whoever changes an account (a CSM, the CRM import, the tracking API's group
/// traits): on every save, an added account or a change to its ARR, currency, CSM, segment or
/// coverage adds a history row in the same transaction. A save that already adds a row for the
/// account (a closed renewal, the CSM's revenue tab) says where the change came from itself.
/// </summary>
internal static class ArrCapture
{
    private static readonly string[] Tracked =
        [nameof(Account.Arr), nameof(Account.Currency), nameof(Account.CsmUserId), nameof(Account.Segment), nameof(Account.Coverage)];

    public static void Record(DbContext db, DateTime now)
    {
        var explained = db.ChangeTracker.Entries<ArrChange>().Where(e => e.State == EntityState.Added)
            .Select(e => (object?)e.Entity.Account ?? e.Entity.AccountId).ToHashSet();
        var added = new List<ArrChange>();
        foreach (var entry in db.ChangeTracker.Entries<Account>())
        {
            var account = entry.Entity;
            var isNew = entry.State == EntityState.Added;
            if (!isNew && !(entry.State == EntityState.Modified && Tracked.Any(p => entry.Property(p).IsModified && !Equals(entry.Property(p).OriginalValue, entry.Property(p).CurrentValue))))
            {
                continue;
            }

            // An account from before the history was kept gets its opening row from the values it had
            // until now, so the periods it already lived through keep their figures.
            // (Unfiltered: history is vendor-only, so under a customer's sign-in it would look empty.)
            if (!isNew && !db.Set<ArrChange>().IgnoreQueryFilters().Any(c => c.AccountId == account.Id))
            {
                added.Add(new ArrChange
                {
                    AccountId = account.Id, Arr = (decimal)entry.Property(nameof(Account.Arr)).OriginalValue!,
                    Currency = (string)entry.Property(nameof(Account.Currency)).OriginalValue!,
                    CsmUserId = (string?)entry.Property(nameof(Account.CsmUserId)).OriginalValue,
                    Segment = (Segment)entry.Property(nameof(Account.Segment)).OriginalValue!,
                    Coverage = (Coverage)entry.Property(nameof(Account.Coverage)).OriginalValue!,
                    RecordedAt = now, Source = ArrSource.Opening, EffectiveOn = DateOnly.FromDateTime(account.CreatedAt),
                });
            }

            if (explained.Contains(account) || (!isNew && explained.Contains(account.Id)))
            {
                continue;
            }

            added.Add(new ArrChange
            {
                Account = account, AccountId = account.Id, Arr = account.Arr, Currency = account.Currency,
                CsmUserId = account.CsmUserId, Segment = account.Segment, Coverage = account.Coverage, RecordedAt = now,
                Source = isNew ? ArrSource.Opening : ArrSource.Integration,
                EffectiveOn = DateOnly.FromDateTime(isNew && account.CreatedAt != default ? account.CreatedAt : now),
            });
        }

        db.Set<ArrChange>().AddRange(added);
    }
}
