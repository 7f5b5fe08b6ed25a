using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Pages.Customer.Usage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Review;

/// <summary>The business review for a quarter, generated from live data and printable as it stands.</summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock) : CustomerPageModel
{
    public Account Account { get; private set; } = null!;
    public BusinessReview Review { get; private set; } = null!;
    public IReadOnlyList<ReviewPeriod> Choices { get; private set; } = [];
    public DateOnly Today { get; private set; }

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodKey { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Today = TodayFrom(clock);
        var period = ReviewPeriod.Parse(PeriodKey, Today);
        if (period is null)
        {
            return NotFound();
        }

        Choices = ReviewPeriod.Choices(Today);
        PeriodKey = period.Key;
        Account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == AccountId);
        var values = await db.ValueEntries.AsNoTracking().Where(v => v.AccountId == AccountId && v.CustomerVisible).ToListAsync();
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == AccountId)
            .Select(m => new ReviewMilestone(m.Objective!.Title, m)).ToListAsync();

        var weeks = (period.Days + 6) / 7;
        var adoption = await AdoptionData.LoadAsync(db, AccountId, period.End, weeks);
        var before = await AdoptionData.LoadAsync(db, AccountId, period.Previous(Today).End, 1);
        Review = BusinessReview.Build(period, Today, Account.Arr, Account.LicensedSeats, Account.RenewalDate, values, milestones, adoption, before);
        return Page();
    }
}
