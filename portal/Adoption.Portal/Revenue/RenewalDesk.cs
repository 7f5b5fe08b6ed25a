using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Revenue;

/// <summary>
/// The renewal work on an account: the open term is always there to forecast, and closing it writes
/// the next term's ARR into the history (effective on the due date) and opens the next term.
/// </summary>
public sealed class RenewalDesk(AdoptionDb db, TimeProvider clock)
{
    /// <summary>The account's open renewal for its renewal date, added (not saved) when missing.</summary>
    public async Task<RenewalRecord> OpenTermAsync(Account account, CancellationToken cancellationToken = default)
    {
        var open = await db.Renewals.FirstOrDefaultAsync(r => r.AccountId == account.Id && r.Outcome == RenewalOutcome.Open, cancellationToken);
        return open ?? db.Renewals.Add(NewTerm(account, account.RenewalDate)).Entity;
    }

    public static RenewalRecord NewTerm(Account account, DateOnly due) => new()
    {
        AccountId = account.Id, TermStart = due.AddYears(-1), DueDate = due, ArrAtStart = account.Arr,
        Currency = account.Currency, CsmUserId = account.CsmUserId, Outcome = RenewalOutcome.Open,
    };

    /// <summary>Closes <paramref name="renewal"/>; the caller has validated the outcome and saves.</summary>
    public void Close(RenewalRecord renewal, Account account, RenewalOutcome outcome, decimal newArr, DateOnly closedOn, int? reasonCodeId, string? notes)
    {
        renewal.Outcome = outcome;
        renewal.NewArr = outcome == RenewalOutcome.Churned ? 0m : newArr;
        renewal.ClosedOn = closedOn;
        renewal.ReasonCodeId = outcome is RenewalOutcome.Churned or RenewalOutcome.Contracted ? reasonCodeId : null;
        renewal.Notes = notes.TrimmedOrNull();
        account.Arr = renewal.NewArr.Value;
        db.ArrChanges.Add(new ArrChange
        {
            Account = account, AccountId = account.Id, EffectiveOn = renewal.DueDate, Arr = renewal.NewArr.Value, Currency = renewal.Currency,
            Source = ArrSource.Renewal, CsmUserId = account.CsmUserId, Segment = account.Segment, Coverage = account.Coverage,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        if (outcome != RenewalOutcome.Churned)
        {
            account.RenewalDate = renewal.DueDate.AddYears(1);
            db.Renewals.Add(NewTerm(account, account.RenewalDate));
        }
    }

    /// <summary>A CSM's correction of the account's ARR from a date on (a mid-term upsell, a fixed figure).</summary>
    public void RecordArr(Account account, decimal arr, string currency, DateOnly effectiveOn)
    {
        account.Arr = arr;
        account.Currency = currency.ToUpperInvariant();
        db.ArrChanges.Add(new ArrChange
        {
            Account = account, AccountId = account.Id, EffectiveOn = effectiveOn, Arr = arr, Currency = account.Currency, Source = ArrSource.Csm,
            CsmUserId = account.CsmUserId, Segment = account.Segment, Coverage = account.Coverage, RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}
