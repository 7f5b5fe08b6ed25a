using Adoption.Portal.Domain.Value;

namespace Adoption.Portal.Reviews;

/// <summary>What the customer is shown of an ROI statement; the CSM's value tab shows the same answer.</summary>
public sealed record RoiVisibility(RoiStatement Statement, bool Negative, RoiReview? Review)
{
    /// <summary>A negative statement waits for the CSM's review of exactly these figures; any other is shown.</summary>
    public bool ShownToCustomer => !Negative || Review is not null;
}

public static class RoiGate
{
    public static bool IsNegative(RoiStatement statement) => statement.RoiPercent is < 0;

    public static async Task<RoiVisibility> ForAsync(AdoptionDb db, int accountId, RoiStatement statement, CancellationToken cancellationToken = default)
    {
        var negative = IsNegative(statement);
        var review = negative
            ? await db.RoiReviews.AsNoTracking().Where(r => r.AccountId == accountId && r.AnnualValue == statement.AnnualValue && r.Arr == statement.Arr)
                .OrderByDescending(r => r.ReviewedAt).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new RoiVisibility(statement, negative, review);
    }

    /// <summary>The account's statement from its customer-visible, fully signed-off value, with what the customer sees of it.</summary>
    public static async Task<RoiVisibility> ForAccountAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken = default)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => new { a.Arr, a.Currency }).SingleAsync(cancellationToken);
        var entries = await db.ValueEntries.AsNoTracking().Where(v => v.AccountId == accountId && v.CustomerVisible).ToListAsync(cancellationToken);
        return await ForAsync(db, accountId, RoiStatement.For(entries, account.Arr, account.Currency), cancellationToken);
    }
}
