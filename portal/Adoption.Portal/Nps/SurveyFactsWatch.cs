using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Nps;

/// <summary>
/// Tells <see cref="SurveyFactsCache"/> which accounts a save changed survey facts at, once it has
/// committed: NPS answers from any channel, engagement outcomes ("ask me later") and people (roles, leavers).
/// </summary>
internal sealed class SurveyFactsWatch(SurveyFactsCache cache) : AfterCommitInterceptor<HashSet<int>>
{
    protected override HashSet<int>? Note(DbContext context)
    {
        var accounts = new HashSet<int>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case NpsResponse n: accounts.Add(n.AccountId); break;
                case EngagementOutcome o: accounts.Add(o.AccountId); break;
                case Contact c: accounts.Add(c.AccountId); break;
            }
        }

        return accounts.Count > 0 ? accounts : null;
    }

    protected override void Committed(DbContext context, HashSet<int> accounts)
    {
        foreach (var accountId in accounts)
        {
            cache.Changed(accountId);
        }
    }
}
