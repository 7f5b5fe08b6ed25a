using Adoption.Portal.Pages.Customer.Review;
using Adoption.Portal.Reviews;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>The account's business review as the customer will see it: the live draft of any offered
/// quarter, published reviews, and publishing (which freezes the figures and lets the "review ready"
/// email program send the customer its link).</summary>
public sealed class ReviewModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<ReviewModel> localizer) : CsmPageModel
{
    public Account Account { get; private set; } = null!;
    public ReviewView View { get; private set; } = null!;
    public IReadOnlyList<ReviewPeriod> Choices { get; private set; } = [];
    public IReadOnlyList<PublishedReview> Published { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodKey { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var period = await LoadAsync(id);
        if (period is null)
        {
            return NotFound();
        }

        var published = Published.SingleOrDefault(r => r.PeriodKey == period.Key);
        var review = published is null ? await ReviewBuilder.BuildAsync(db, Account, period, TodayFrom(clock)) : ReviewSnapshots.Deserialize(published.Snapshot);
        View = new ReviewView(review, Account.Name, published);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id)
    {
        var period = await LoadAsync(id);
        if (period is null)
        {
            return NotFound();
        }

        var displayName = await db.Users.Where(u => u.Id == UserId).Select(u => u.DisplayName).SingleAsync();
        await ReviewSnapshots.PublishAsync(db, Account, period, clock.GetUtcNow().UtcDateTime, displayName);
        return Saved("/Csm/Accounts/Review", new { id, period = period.Key },
            localizer["Review for Q{0} {1} published: the customer sees these figures, frozen, and gets its link by email.", period.Quarter, period.Year]);
    }

    private async Task<ReviewPeriod?> LoadAsync(int id)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (account is null)
        {
            return null;
        }

        Account = account;
        var today = TodayFrom(clock);
        Choices = ReviewPeriod.Choices(today);
        Published = await db.PublishedReviews.AsNoTracking().Where(r => r.AccountId == id).OrderByDescending(r => r.PeriodKey).ToListAsync();
        var period = PeriodKey is null ? await ReviewBuilder.DefaultPeriodAsync(db, account, today) : ReviewPeriod.Parse(PeriodKey, today);
        PeriodKey = period?.Key;
        return period;
    }
}
