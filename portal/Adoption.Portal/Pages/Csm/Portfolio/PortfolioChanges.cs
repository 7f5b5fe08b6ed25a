using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Health;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Adoption.Portal.Pages.Csm.Portfolio;

/// <summary>
/// Tells <see cref="PortfolioCache"/> what each save changed, once it has committed: every page,
/// import and command that saves through the context is covered without code of its own. Usage
/// rollups are not watched (they change with every tracking batch); they come in with the cache's
/// periodic rescoring.
/// </summary>
internal sealed class PortfolioChanges(PortfolioCache cache) : AfterCommitInterceptor<List<EntityEntry>>
{


    protected override List<EntityEntry>? Note(DbContext context)
    {
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Watched(e.Entity))
            .ToList();
        return entries.Count > 0 ? entries : null;
    }

    private static bool Watched(object entity) => entity is Account or Risk or SupportTicket or NpsResponse or Enrolment or ModuleCompletion
        or SuccessPlan or Objective or Milestone or HealthProfile or KeyFeature or TrainingModule;

    protected override void Committed(DbContext context, List<EntityEntry> entries)
    {
        var changes = new PendingChanges();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Account a: changes.Accounts.Add(a.Id); break;
                case Risk r: changes.Accounts.Add(r.AccountId); break;
                case SupportTicket t: changes.Accounts.Add(t.AccountId); break;
                case NpsResponse n: changes.Accounts.Add(n.AccountId); break;
                case Enrolment e: changes.Accounts.Add(e.AccountId); break;
                case SuccessPlan p: changes.Accounts.Add(p.AccountId); break;
                case ModuleCompletion c: changes.Enrolments.Add(c.EnrolmentId); break;
                case Objective o: changes.Plans.Add(o.PlanId); break;
                case Milestone m: changes.Objectives.Add(m.ObjectiveId); break;
                default: changes.Everything = true; break;
            }
        }

        cache.Note(changes);
    }
}
