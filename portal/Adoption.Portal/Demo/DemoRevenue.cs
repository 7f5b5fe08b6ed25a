using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Demo;

/// <summary>
/// The demo's revenue story: the reason codes and rates CS operations keep, past renewals of the
/// older accounts (an expansion, a contraction, flat renewals) in the ARR history, an open term for
/// every account with the CSM's call, and a quarterly target per CSM.
/// </summary>
internal sealed class DemoRevenue(AdoptionDb db, DateTime now)
{
    private sealed record PastTerm(int DaysAgo, decimal ArrAtStart, decimal NewArr, RenewalOutcome Outcome, string? Reason = null);

    // By account name: the terms already closed, oldest first, and the call on the open one.
    private static readonly Dictionary<string, (PastTerm[] Past, RenewalForecast Call, decimal? CallArr)> Stories = new()
    {
        ["Northwind Logistics"] = ([new(155, 200_000m, 240_000m, RenewalOutcome.Expanded)], RenewalForecast.Likely, 260_000m),
        ["Sapori Toscani S.p.A."] = ([new(320, 60_000m, 54_000m, RenewalOutcome.Contracted, "SEATS")], RenewalForecast.Likely, null),
        ["Contoso Retail"] = ([new(570, 60_000m, 72_000m, RenewalOutcome.Expanded), new(205, 72_000m, 72_000m, RenewalOutcome.Renewed)], RenewalForecast.Likely, null),
        ["Fabrikam Manufacturing"] = ([new(265, 310_000m, 310_000m, RenewalOutcome.Renewed)], RenewalForecast.AtRisk, 250_000m),
        ["Studio Milano Design"] = ([new(175, 3_000m, 3_000m, RenewalOutcome.Renewed)], RenewalForecast.Likely, null),
        ["Woodgrove Finance"] = ([new(85, 350_000m, 420_000m, RenewalOutcome.Expanded)], RenewalForecast.Likely, null),
        ["Lapin Retkeily Oy"] = ([], RenewalForecast.WillChurn, 0m),
    };

    public static ReasonCode[] ReasonCodes() =>
    [
        new() { Code = "BUDGET", Label = "Budget cut", Kind = ReasonKind.Churn },
        new() { Code = "COMPETITOR", Label = "Moved to a competitor", Kind = ReasonKind.Churn },
        new() { Code = "NO-OUTCOME", Label = "Did not reach its outcome", Kind = ReasonKind.Churn },
        new() { Code = "CHAMPION-LEFT", Label = "Champion left, no new sponsor", Kind = ReasonKind.Churn },
        new() { Code = "ACQUIRED", Label = "Acquired or merged", Kind = ReasonKind.Churn },
        new() { Code = "SEATS", Label = "Fewer seats needed", Kind = ReasonKind.Contraction },
        new() { Code = "DOWNGRADE", Label = "Moved to a smaller plan", Kind = ReasonKind.Contraction },
        new() { Code = "PARTIAL-BUDGET", Label = "Budget partly cut", Kind = ReasonKind.Contraction },
    ];

    public async Task AddAsync(IReadOnlyList<PortalUser> csms, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var codes = ReasonCodes();
        db.ReasonCodes.AddRange(codes);
        db.CurrencyRates.AddRange(
            new CurrencyRate { Currency = "USD", ValidFrom = today.AddYears(-3), Rate = 0.92m },
            new CurrencyRate { Currency = "USD", ValidFrom = today.AddDays(-60), Rate = 0.94m },
            new CurrencyRate { Currency = "CNY", ValidFrom = today.AddYears(-3), Rate = 0.13m });
        var quarter = RetentionPeriod.QuarterOf(today).From;
        db.CsmTargets.AddRange(csms.Select((c, i) => new CsmTarget { CsmUserId = c.Id, Quarter = quarter, Amount = i == 0 ? 600_000m : 450_000m }));

        var accounts = await db.Accounts.OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var openings = await db.ArrChanges.Where(c => c.Source == ArrSource.Opening).ToDictionaryAsync(c => c.AccountId, cancellationToken);
        foreach (var account in accounts)
        {
            var (past, call, callArr) = Stories.GetValueOrDefault(account.Name, ([], RenewalForecast.NotCalled, null));
            if (past.Length > 0 && openings.TryGetValue(account.Id, out var opening))
            {
                opening.Arr = past[0].ArrAtStart;
            }

            foreach (var term in past)
            {
                var due = today.AddDays(-term.DaysAgo);
                db.Renewals.Add(new RenewalRecord
                {
                    AccountId = account.Id, TermStart = due.AddYears(-1), DueDate = due, ArrAtStart = term.ArrAtStart, Currency = account.Currency,
                    Outcome = term.Outcome, NewArr = term.NewArr, ClosedOn = due.AddDays(-12), CsmUserId = account.CsmUserId, Forecast = RenewalForecast.Likely,
                    ReasonCode = term.Reason is null ? null : codes.Single(c => c.Code == term.Reason),
                    Notes = term.Outcome == RenewalOutcome.Expanded ? "Added seats for a second site." : null,
                });
                db.ArrChanges.Add(new ArrChange
                {
                    AccountId = account.Id, EffectiveOn = due, Arr = term.NewArr, Currency = account.Currency, Source = ArrSource.Renewal,
                    CsmUserId = account.CsmUserId, Segment = account.Segment, Coverage = account.Coverage, RecordedAt = now.AddDays(-term.DaysAgo - 12),
                });
            }

            if (account.Name == "Northwind Logistics")
            {
                db.Opportunities.Add(new Opportunity
                {
                    AccountId = account.Id, Kind = OpportunityKind.Seats, Title = "Seats for the Gothenburg depot", Amount = 30_000m, Currency = account.Currency,
                    Stage = OpportunityStage.Qualified, CsmUserId = account.CsmUserId, CreatedAt = now.AddDays(-9),
                });
            }

            var open = RenewalDesk.NewTerm(account, account.RenewalDate);
            open.Forecast = call;
            open.ForecastArr = callArr;
            db.Renewals.Add(open);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
