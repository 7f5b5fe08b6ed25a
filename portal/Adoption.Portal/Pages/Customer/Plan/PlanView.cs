using Adoption.Portal.Data;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>What the plan page shows, read as flat projections (no tracking, no entity graphs):
/// the page is the most visited in the portal and must stay fast for plans of a hundred milestones.</summary>
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

        var objectives = new List<ObjectiveRow>();
        await foreach (var o in VisibleObjectives(db, plan.Id).WithCancellation(cancellationToken)) { objectives.Add(o); }
        var metrics = new List<MetricView>();
        await foreach (var m in VisibleMetrics(db, plan.Id).WithCancellation(cancellationToken)) { metrics.Add(m); }
        var milestones = new List<MilestoneView>();
        await foreach (var m in VisibleMilestones(db, plan.Id).WithCancellation(cancellationToken)) { milestones.Add(m); }

        var metricsByObjective = metrics.ToLookup(m => m.ObjectiveId);
        var milestonesByObjective = milestones.ToLookup(m => m.ObjectiveId);
        return new PlanView(plan.Title, plan.Summary, objectives.Select(o => new ObjectiveView(
            o.Id, o.Title, o.Description, o.CommentCount, metricsByObjective[o.Id].ToList(), milestonesByObjective[o.Id].ToList())).ToList());
    }

    private sealed record PlanRow(int Id, string Title, string? Summary);

    private sealed record ObjectiveRow(int Id, string Title, string? Description, int CommentCount);

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
                db.PlanComments.Count(c => c.ObjectiveId == o.Id && c.MilestoneId == null && !c.Internal))));

    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<MetricView>> VisibleMetrics =
        EF.CompileAsyncQuery((AdoptionDb db, int planId) => db.Metrics.AsNoTracking()
            .Where(m => db.Objectives.Any(o => o.Id == m.ObjectiveId && o.PlanId == planId && o.CustomerVisible))
            .OrderBy(m => m.Id)
            .Select(m => new MetricView(m.ObjectiveId, m.Name, m.Unit, m.Baseline, m.Target, m.Current)));

    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<MilestoneView>> VisibleMilestones =
        EF.CompileAsyncQuery((AdoptionDb db, int planId) => db.Milestones.AsNoTracking()
            .Where(m => m.Objective!.PlanId == planId && m.Objective.CustomerVisible && m.CustomerVisible)
            .OrderBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new MilestoneView(m.Id, m.ObjectiveId, m.Title, m.Owner, m.DueDate, m.Status, m.Version,
                m.Comments.Count(c => !c.Internal))));
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
