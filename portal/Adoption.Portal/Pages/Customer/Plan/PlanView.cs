using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>What the plan page shows, in the reader's language, read as flat projections (no tracking, no entity graphs) by two
/// compiled queries on one connection: the page is the most visited in the portal and must stay fast
/// for plans of a hundred milestones (scripts/benchmark-pages.sh measures it).</summary>
public sealed record PlanView(string Title, string? Summary, IReadOnlyList<ObjectiveView> Objectives)
{
    /// <summary>This plan with its bound metrics' current values from <paramref name="live"/>.</summary>
    public PlanView With(Outcomes.LiveFigures? live) => live is null ? this : this with { Objectives = Objectives.Select(o => o.With(live)).ToList() };

    public int MilestonesTotal => Objectives.Sum(o => o.Milestones.Count);
    public int MilestonesDone => Objectives.Sum(o => o.Milestones.Count(m => m.Status == MilestoneStatus.Done));

    /// <summary>The account's plan with customer-visible objectives and milestones only; null before the CSM prepares it.</summary>
    public static async Task<PlanView?> LoadAsync(AdoptionDb db, int accountId, Wording wording, CancellationToken cancellationToken = default)
    {
        // One connection for all the page's queries instead of one from the pool per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await LoadOpenAsync(db, accountId, wording, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<PlanView?> LoadOpenAsync(AdoptionDb db, int accountId, Wording wording, CancellationToken cancellationToken)
    {
        var rows = new List<MilestoneRow>();
        await foreach (var row in VisibleMilestoneRows(db, accountId).WithCancellation(cancellationToken)) { rows.Add(row); }
        if (rows.Count == 0)
        {
            // No visible objective (yet): the plan, if there is one, is its title alone.
            var header = await PlanHeader(db, accountId, cancellationToken);
            return header is null ? null : Headed(wording.Of(header.Texts, header.Title, header.Summary), []);
        }

        var extras = new List<ObjectiveExtraRow>();
        await foreach (var row in VisibleObjectiveExtras(db, accountId).WithCancellation(cancellationToken)) { extras.Add(row); }
        var extrasOf = extras.ToLookup(e => e.ObjectiveId);
        var objectives = rows.GroupBy(r => r.ObjectiveId).Select(g =>
        {
            var first = g.First();
            var extra = extrasOf[g.Key].ToList();
            var text = wording.Of(first.ObjectiveTexts, first.ObjectiveTitle, first.Description);
            return new ObjectiveView(g.Key, text.Title, text.Description, extra.FirstOrDefault()?.CommentCount ?? 0,
                extra.Where(e => e.MetricName is not null).Select(e =>
                {
                    var words = wording.Of(e.MetricTexts, e.MetricName!, e.MetricUnit);
                    return new MetricView(g.Key, words.Name, words.Unit, e.Baseline ?? 0, e.Target ?? 0, e.Current ?? 0,
                        e.Source ?? MetricSource.Manual, e.FeatureId, e.UpdatedBy, e.UpdatedAt);
                }).ToList(),
                g.Where(r => r.MilestoneId is not null).Select(r => new MilestoneView(r.MilestoneId!.Value, g.Key, wording.Of(r.MilestoneTexts, r.MilestoneTitle!).Title,
                    r.Owner!.Value, r.DueDate, r.Status!.Value, r.Version!.Value, r.CommentCount)).ToList());
        }).ToList();
        return Headed(wording.Of(rows[0].PlanTexts, rows[0].PlanTitle, rows[0].PlanSummary), objectives);
    }

    private static PlanView Headed(LocalText header, IReadOnlyList<ObjectiveView> objectives) => new(header.Title, header.Description, objectives);

    private sealed record PlanRow(string Title, string? Summary, Dictionary<string, LocalText> Texts);

    /// <summary>One visible milestone with its objective and plan (an objective without milestones has one row of nulls).</summary>
    private sealed record MilestoneRow(string PlanTitle, string? PlanSummary, Dictionary<string, LocalText> PlanTexts,
        int ObjectiveId, string ObjectiveTitle, string? Description, Dictionary<string, LocalText> ObjectiveTexts,
        int? MilestoneId, string? MilestoneTitle, Dictionary<string, LocalText>? MilestoneTexts,
        OwnerSide? Owner, DateOnly? DueDate, MilestoneStatus? Status, int? Version, int CommentCount);

    /// <summary>One metric of a visible objective (or nulls), with the objective's own comment count.</summary>
    private sealed record ObjectiveExtraRow(int ObjectiveId, int CommentCount,
        string? MetricName, string? MetricUnit, Dictionary<string, MetricText>? MetricTexts, decimal? Baseline, decimal? Target, decimal? Current,
        MetricSource? Source, int? FeatureId, string? UpdatedBy, DateTime? UpdatedAt);

    // Compiled once, two statements per visit: SQLite prepares every statement anew, so fewer and
    // flatter queries (no nested collections, grouped in memory) are what keep the page fast.
    // The tenancy filters still apply (they read the context) next to the explicit account scope.
    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<MilestoneRow>> VisibleMilestoneRows =
        EF.CompileAsyncQuery((AdoptionDb db, int accountId) =>
            from o in db.Objectives.AsNoTracking()
            where o.Plan!.AccountId == accountId && o.CustomerVisible
            from m in o.Milestones.Where(m => m.CustomerVisible).DefaultIfEmpty()
            orderby o.Order, o.Id, m!.Order, m.Id
            select new MilestoneRow(o.Plan!.Title, o.Plan.Summary, o.Plan.Texts, o.Id, o.Title, o.Description, o.Texts,
                (int?)m!.Id, m.Title, m.Texts, (OwnerSide?)m.Owner, m.DueDate, (MilestoneStatus?)m.Status, (int?)m.Version,
                db.PlanComments.Count(c => c.MilestoneId == m.Id && !c.Internal)));

    private static readonly Func<AdoptionDb, int, IAsyncEnumerable<ObjectiveExtraRow>> VisibleObjectiveExtras =
        EF.CompileAsyncQuery((AdoptionDb db, int accountId) =>
            from o in db.Objectives.AsNoTracking()
            where o.Plan!.AccountId == accountId && o.CustomerVisible
            from x in o.Metrics.DefaultIfEmpty()
            orderby o.Id, x!.Id
            select new ObjectiveExtraRow(o.Id, db.PlanComments.Count(c => c.ObjectiveId == o.Id && c.MilestoneId == null && !c.Internal),
                x!.Name, x.Unit, x.Texts, (decimal?)x.Baseline, (decimal?)x.Target, (decimal?)x.Current,
                (MetricSource?)x.Source, x.FeatureId, x.UpdatedBy, (DateTime?)x.UpdatedAt));

    private static readonly Func<AdoptionDb, int, CancellationToken, Task<PlanRow?>> PlanHeader =
        EF.CompileAsyncQuery((AdoptionDb db, int accountId, CancellationToken _) => db.Plans.AsNoTracking()
            .Where(p => p.AccountId == accountId)
            .Select(p => new PlanRow(p.Title, p.Summary, p.Texts))
            .SingleOrDefault());
}

public sealed record ObjectiveView(int Id, string Title, string? Description, int CommentCount,
    IReadOnlyList<MetricView> Metrics, IReadOnlyList<MilestoneView> Milestones)
{
    /// <summary>This objective with its bound metrics' current values from <paramref name="live"/>.</summary>
    public ObjectiveView With(Outcomes.LiveFigures? live) => live is null ? this : this with { Metrics = Metrics.Select(m => m.With(live)).ToList() };
}

public sealed record MetricView(int ObjectiveId, string Name, string? Unit, decimal Baseline, decimal Target, decimal Current,
    MetricSource Source = MetricSource.Manual, int? FeatureId = null, string? UpdatedBy = null, DateTime? UpdatedAt = null)
{
    public bool IsLive => Source != MetricSource.Manual;

    /// <summary>This metric with its current value read from <paramref name="live"/> when it is bound to an adoption figure.</summary>
    public MetricView With(Outcomes.LiveFigures? live) => live?.ValueOf(Source, FeatureId) is { } value ? this with { Current = value } : this;

    /// <summary>Whole percent of the way from baseline to target (the same rule as <see cref="OutcomeMetric.Progress"/>).</summary>
    public int Percent => (int)Math.Round(new OutcomeMetric { Name = Name, Baseline = Baseline, Target = Target, Current = Current }.Progress * 100);
}

public sealed record MilestoneView(int Id, int ObjectiveId, string Title, OwnerSide Owner, DateOnly? DueDate,
    MilestoneStatus Status, int Version, int CommentCount)
{
    public bool IsOverdue(DateOnly today) => Status != MilestoneStatus.Done && DueDate is { } due && due < today;

    public bool CustomerMayTick => Owner == OwnerSide.Customer;
}
