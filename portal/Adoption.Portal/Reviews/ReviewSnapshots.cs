using System.Text.Json;
using Adoption.Portal.Pages.Customer.Review;

namespace Adoption.Portal.Reviews;

/// <summary>Publishing a review (freezing today's draft) and reading published ones back.</summary>
public static class ReviewSnapshots
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(BusinessReview review) => JsonSerializer.Serialize(review, Json);

    public static BusinessReview Deserialize(string snapshot) =>
        JsonSerializer.Deserialize<BusinessReview>(snapshot, Json) ?? throw new InvalidOperationException("An empty review snapshot.");

    /// <summary>Freezes the review of <paramref name="period"/> as it stands now; a second publish of the quarter replaces the first.</summary>
    public static async Task<PublishedReview> PublishAsync(
        AdoptionDb db, Account account, ReviewPeriod period, DateTime now, string publishedBy, CancellationToken cancellationToken = default)
    {
        var review = await ReviewBuilder.BuildAsync(db, account, period, DateOnly.FromDateTime(now), cancellationToken);
        var row = await db.PublishedReviews.SingleOrDefaultAsync(r => r.AccountId == account.Id && r.PeriodKey == period.Key, cancellationToken);
        if (row is null)
        {
            row = new PublishedReview { AccountId = account.Id, PeriodKey = period.Key, PublishedBy = publishedBy, Snapshot = "" };
            db.PublishedReviews.Add(row);
        }

        row.PublishedAt = now;
        row.PublishedBy = publishedBy;
        row.Snapshot = Serialize(review);
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }
}
