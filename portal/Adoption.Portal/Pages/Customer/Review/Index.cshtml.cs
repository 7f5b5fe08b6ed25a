using Adoption.Portal.Reviews;

namespace Adoption.Portal.Pages.Customer.Review;

/// <summary>The business review for a quarter: as the CSM published it (frozen), or else the live draft, marked as one.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : CustomerPageModel
{
    public ReviewView View { get; private set; } = null!;
    public IReadOnlyList<ReviewPeriod> Choices { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodKey { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Today = TodayFrom(clock);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == AccountId);
        var period = PeriodKey is null ? await ReviewBuilder.DefaultPeriodAsync(db, account, Today) : ReviewPeriod.Parse(PeriodKey, Today);
        if (period is null)
        {
            return NotFound();
        }

        Choices = ReviewPeriod.Choices(Today);
        PeriodKey = period.Key;
        var published = await db.PublishedReviews.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == AccountId && r.PeriodKey == period.Key);
        var review = published is null ? await ReviewBuilder.BuildAsync(db, account, period, Today) : ReviewSnapshots.Deserialize(published.Snapshot);
        View = new ReviewView(review, account.Name, published);
        return Page();
    }
}
