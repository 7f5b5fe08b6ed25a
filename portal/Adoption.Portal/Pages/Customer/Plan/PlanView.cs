using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>What the plan page shows, read as projections (no tracking, no entity graphs) by three
/// compiled queries: the page is the most visited in the portal and must stay fast for plans of a
/// hundred milestones (scripts/benchmark-pages.sh measures it).</summary>
public sealed record PlanView(string Title, string? Summary, IReadOnlyList<ObjectiveView> Objectives)
{
    public int MilestonesTotal => Objectives.Sum(o => o.Milestones.Count);
    public int MilestonesDone => Objectives.Sum(o => o.Milestones.Count(m => m.Status == MilestoneStatus.Done));

    /// <summary>The account's plan with customer-visible objectives and milestones only; null before the CSM prepares it.</summary>
    public static async Task<PlanView?> LoadAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken = default)
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

        var objectives = new List<ObjectiveView>();
        await foreach (var o in VisibleObjectives(db, plan.Id).WithCancellation(cancellationToken))
        {
            objectives.Add(new ObjectiveView(o.Id, o.Title, o.Description, onObjectives.GetValueOrDefault(o.Id), o.Metrics,
                o.Milestones.Select(m => m with { CommentCount = onMilestones.GetValueOrDefault(m.Id) }).ToList()));
        }

        return new PlanView(plan.Title, plan.Summary, objectives);
    }

    private sealed record PlanRow(int Id, string Title, string? Summary);

    private sealed record ObjectiveRow(int Id, string Title, string? Description, List<MetricView> Metrics, List<MilestoneView> Milestones);

    private sealed record CommentCount(int? ObjectiveId, int? MilestoneId, int Count);

    // Compiled once: the page runs these on every visit. The tenancy filters still apply (they read the context).
    private static readonly Func<AdoptionDb, int, CancellationToken, Task<PlanRow?>> PlanHeader =
        EF.CompileAsyncQuery((AdoptionDb db, int accountId, CancellationToken _) => db.Plans.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => new PlanRow(p.Id, p.Title, p.Summary))
            .SingleOrDefault());

    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<ObjectiveRow>> VisibleObjectives =
        EF.CompileAsyncQuery((AdoptionDb db, int planId) => db.Objectives.AsNoTracking()
            .Where(o => o.PlanId == planId && o.CustomerVisible)
            .OrderBy(o => o.Order).ThenBy(o => o.Id)
            .Select(o => new ObjectiveRow(o.Id, o.Title, o.Description,
                o.Metrics.OrderBy(m => m.Id).Select(m => new MetricView(m.ObjectiveId, m.Name, m.Unit, m.Baseline, m.Target, m.Current)).ToList(),
                o.Milestones.Where(m => m.CustomerVisible).OrderBy(m => m.Order).ThenBy(m => m.Id)
                    .Select(m => new MilestoneView(m.Id, m.ObjectiveId, m.Title, m.Owner, m.DueDate, m.Status, m.Version, 0)).ToList()))
            .AsSingleQuery());

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
