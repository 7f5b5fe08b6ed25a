using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>What the plan page shows, read as flat projections (no tracking, no entity graphs) by four
/// compiled queries on one connection: the page is the most visited in the portal and must stay fast
/// for plans of a hundred milestones (scripts/benchmark-pages.sh measures it).</summary>
public sealed record PlanView(string Title, string? Summary, IReadOnlyList<ObjectiveView> Objectives)
{
    public int MilestonesTotal => Objectives.Sum(o => o.Milestones.Count);
    public int MilestonesDone => Objectives.Sum(o => o.Milestones.Count(m => m.Status == MilestoneStatus.Done));

    /// <summary>The account's plan with customer-visible objectives and milestones only; null before the CSM prepares it.</summary>
    public static async Task<PlanView?> LoadAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken = default)
    {
        // One connection for all the page's queries instead of one from the pool per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await LoadOpenAsync(db, accountId, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<PlanView?> LoadOpenAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken)
    {
        var plan = await PlanHeader(db, accountId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        // Counted apart: a count per row would run the comments' tenancy filter once per milestone.
        var onMilestones = new Dictionary<int, int>();
        var onObjectives = new Dictionary<int, int>();
        await foreach (var c in VisibleCommentCounts(db, plan.Id).WithCancellation(cancellationToken))
        {
            if (c.MilestoneId is { } milestone)
            {
                onMilestones[milestone] = onMilestones.GetValueOrDefault(milestone) + c.Count;
            }
            else if (c.ObjectiveId is { } objective)
            {
                onObjectives[objective] = onObjectives.GetValueOrDefault(objective) + c.Count;
            }
        }

        var milestones = new List<MilestoneView>();
        await foreach (var m in VisibleMilestones(db, plan.Id).WithCancellation(cancellationToken))
        {
            milestones.Add(m with { CommentCount = onMilestones.GetValueOrDefault(m.Id) });
        }

        var milestonesOf = milestones.ToLookup(m => m.ObjectiveId);
        var rows = new List<ObjectiveMetricRow>();
        await foreach (var row in VisibleObjectivesWithMetrics(db, plan.Id).WithCancellation(cancellationToken)) { rows.Add(row); }
        var objectives = rows.GroupBy(r => r.Id).Select(g => new ObjectiveView(g.Key, g.First().Title, g.First().Description,
            onObjectives.GetValueOrDefault(g.Key),
            g.Where(r => r.MetricName is not null).Select(r => new MetricView(r.Id, r.MetricName!, r.MetricUnit, r.Baseline ?? 0, r.Target ?? 0, r.Current ?? 0)).ToList(),
            milestonesOf[g.Key].ToList())).ToList();

        return new PlanView(plan.Title, plan.Summary, objectives);
    }

    private sealed record PlanRow(int Id, string Title, string? Summary);

    private sealed record ObjectiveMetricRow(int Id, string Title, string? Description,
        string? MetricName, string? MetricUnit, decimal? Baseline, decimal? Target, decimal? Current);

    private sealed record CommentCount(int? ObjectiveId, int? MilestoneId, int Count);

    // Compiled once: the page runs these on every visit. The tenancy filters still apply (they read the context).
    private static readonly Func<AdoptionDb, int, CancellationToken, Task<PlanRow?>> PlanHeader =
        EF.CompileAsyncQuery((AdoptionDb db, int accountId, CancellationToken _) => db.Plans.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => new PlanRow(p.Id, p.Title, p.Summary))
            .SingleOrDefault());

    // Flat rows grouped in memory: nested collection projections cost a delegate compilation per run.
    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<ObjectiveMetricRow>> VisibleObjectivesWithMetrics =
        EF.CompileAsyncQuery((AdoptionDb db, int planId) =>
            from o in db.Objectives.AsNoTracking()
            where o.PlanId == planId && o.CustomerVisible
            from m in o.Metrics.DefaultIfEmpty()
            orderby o.Order, o.Id, m!.Id
            select new ObjectiveMetricRow(o.Id, o.Title, o.Description, m!.Name, m.Unit, (decimal?)m.Baseline, (decimal?)m.Target, (decimal?)m.Current));

    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<MilestoneView>> VisibleMilestones =
        EF.CompileAsyncQuery((AdoptionDb db, int planId) => db.Milestones.AsNoTracking()
            .Where(m => m.Objective!.PlanId == planId && m.Objective.CustomerVisible && m.CustomerVisible)
            .OrderBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new MilestoneView(m.Id, m.ObjectiveId, m.Title, m.Owner, m.DueDate, m.Status, m.Version, 0)));

    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<CommentCount>> VisibleCommentCounts =
        EF.CompileAsyncQuery((AdoptionDb db, int planId) => db.PlanComments.AsNoTracking()
            .Where(c => c.PlanId == planId && !c.Internal)
            .GroupBy(c => new { c.ObjectiveId, c.MilestoneId })
            .Select(g => new CommentCount(g.Key.ObjectiveId, g.Key.MilestoneId, g.Count())));
}

public sealed record ObjectiveView(int Id, string Title, string? Description, int CommentCount,
    IReadOnlyList<MetricView> Metrics, IReadOnlyList<MilestoneView> Milestones);

public sealed record MetricView(int ObjectiveId, string Name, string? Unit, decimal Baseline, decimal Target, decimal Current)
{
    /// <summary>Whole percent of the way from baseline to target (the same rule as <see cref="OutcomeMetric.Progress"/>).</summary>
    public int Percent => (int)Math.Round(new OutcomeMetric { Name = Name, Baseline = Baseline, Target = Target, Current = Current }.Progress * 100);
}

public sealed record MilestoneView(int Id, int ObjectiveId, string Title, OwnerSide Owner, DateOnly? DueDate,
    MilestoneStatus Status, int Version, int CommentCount)
{
    public bool IsOverdue(DateOnly today) => Status != MilestoneStatus.Done && DueDate is { } due && due < today;

    public bool CustomerMayTick => Owner == OwnerSide.Customer;
}
