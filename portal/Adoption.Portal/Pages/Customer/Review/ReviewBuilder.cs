using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Pages.Customer.Usage;

namespace Adoption.Portal.Pages.Customer.Review;

/// <summary>Computes an account's business review for a period from live data: the draft the CSM
/// publishes and the customer sees until then. Published reviews are this result, frozen.</summary>
public static class ReviewBuilder
{
    public static async Task<BusinessReview> BuildAsync(AdoptionDb db, Account account, ReviewPeriod period, DateOnly today, CancellationToken cancellationToken = default)
    {
        var accountId = account.Id;
        var (start, endExclusive) = (period.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), period.End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var values = await db.ValueEntries.AsNoTracking().Where(v => v.AccountId == accountId && v.CustomerVisible).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == accountId)
            .Select(m => new { Objective = m.Objective!.Title, ObjectiveTexts = m.Objective.Texts, m.Title, m.Texts, m.Owner, m.DueDate, m.Status, m.CompletedAt })
            .ToListAsync(cancellationToken);
        // A review is one document for both sides, published and frozen: it is written in the account's language.
        var wording = new Wording(account.Language);
        var weeks = (period.Days + 6) / 7;
        var adoption = await AdoptionData.LoadAsync(db, accountId, period.End, weeks, cancellationToken);
        var before = await AdoptionData.LoadAsync(db, accountId, period.Previous(today).End, 1, cancellationToken);
        var nps = await db.NpsResponses.AsNoTracking().Where(n => n.AccountId == accountId && n.RespondedAt >= start && n.RespondedAt < endExclusive)
            .Select(n => n.Score).ToListAsync(cancellationToken);
        var tickets = await db.SupportTickets.AsNoTracking().Where(t => t.AccountId == accountId && t.OpenedAt < endExclusive)
            .Select(t => new { t.OpenedAt, t.ClosedAt, t.Priority }).ToListAsync(cancellationToken);
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.AccountId == accountId && e.EnrolledAt < endExclusive)
            .Select(e => new { e.ContactId, e.CompletedAt, e.CertificateCode }).ToListAsync(cancellationToken);
        var modulesDone = await db.ModuleCompletions.AsNoTracking()
            .CountAsync(c => db.Enrolments.Any(e => e.Id == c.EnrolmentId && e.AccountId == accountId) && c.CompletedAt >= start && c.CompletedAt < endExclusive, cancellationToken);
        var firstUse = await db.AccountFeatureDays.AsNoTracking().Where(r => r.AccountId == accountId && r.Day <= period.End)
            .MinAsync(r => (DateOnly?)r.Day, cancellationToken);

        var signedOff = values.Where(v => v.FullySignedOff && v.AchievedOn <= period.End).ToList();
        var valueToDate = signedOff.Sum(v => v.AnnualValue);
        var roiShown = account.Arr == 0 || valueToDate >= account.Arr
            || await db.RoiReviews.AnyAsync(r => r.AccountId == accountId && r.AnnualValue == valueToDate && r.Arr == account.Arr, cancellationToken);
        var open = milestones.Where(m => m.Status != MilestoneStatus.Done).ToList();
        var openAtEnd = tickets.Where(t => t.ClosedAt is null || t.ClosedAt >= endExclusive).ToList();
        return new BusinessReview
        {
            Period = period,
            Today = today,
            Currency = account.Currency,
            ValueInPeriod = signedOff.Where(v => v.AchievedOn >= period.Start).OrderByDescending(v => v.AnnualValue)
                .Select(v => new ReviewValue(v.Outcome, v.Before, v.After, v.Unit, v.AnnualValue, v.AchievedOn)).ToList(),
            ValueToDate = valueToDate,
            RoiShown = roiShown,
            Arr = account.Arr,
            Adoption = Of(adoption),
            AdoptionBefore = Of(before),
            Seats = account.LicensedSeats,
            MilestonesTotal = milestones.Count,
            MilestonesDone = milestones.Count(m => m.Status == MilestoneStatus.Done),
            DoneInPeriod = milestones.Count(m => m.CompletedAt is { } at && at >= start && at < endExclusive),
            Overdue = open.Where(m => m.DueDate is { } due && due < today).OrderBy(m => m.DueDate)
                .Select(m => new ReviewMilestone(wording.Of(m.ObjectiveTexts, m.Objective).Title, wording.Of(m.Texts, m.Title).Title, m.Owner, m.DueDate)).ToList(),
            Next = open.Where(m => m.DueDate is { } due && due >= today && due <= today.AddDays(BusinessReview.NextDays)).OrderBy(m => m.DueDate)
                .Select(m => new ReviewMilestone(wording.Of(m.ObjectiveTexts, m.Objective).Title, wording.Of(m.Texts, m.Title).Title, m.Owner, m.DueDate)).ToList(),
            RenewalDate = account.RenewalDate,
            DaysToRenewal = account.RenewalDate.DayNumber - today.DayNumber,
            Nps = new ReviewNps(nps.Count, nps.Count(s => s >= 9), nps.Count(s => s is 7 or 8), nps.Count(s => s <= 6)),
            Support = new ReviewSupport(
                tickets.Count(t => t.OpenedAt >= start),
                tickets.Count(t => t.ClosedAt is { } c && c >= start && c < endExclusive),
                openAtEnd.Count,
                openAtEnd.Count(t => t.Priority >= TicketPriority.High)),
            Training = new ReviewTraining(
                modulesDone,
                enrolments.Count(e => e.CertificateCode is not null && e.CompletedAt is { } c && c >= start && c < endExclusive),
                enrolments.Select(e => e.ContactId).Distinct().Count()),
            DaysToFirstValue = DaysToFirstValue(account.CreatedAt, firstUse),
        };
    }

    /// <summary>Days from the account's start to its first use of a key feature (the same rule as the adoption page).</summary>
    public static int? DaysToFirstValue(DateTime accountCreatedAt, DateOnly? firstUse) =>
        firstUse is { } first ? Math.Max(0, first.DayNumber - DateOnly.FromDateTime(accountCreatedAt).DayNumber) : null;

    /// <summary>
    /// The period a review opens on: the last complete quarter when the account was live in it and
    /// used the product, otherwise the quarter in progress (a new account's last quarter is all zeros).
    /// </summary>
    public static async Task<ReviewPeriod> DefaultPeriodAsync(AdoptionDb db, Account account, DateOnly today, CancellationToken cancellationToken = default)
    {
        var last = ReviewPeriod.Default(today);
        var hasData = DateOnly.FromDateTime(account.CreatedAt) <= last.End
            && await db.UserDays.AnyAsync(r => r.AccountId == account.Id && r.Day >= last.Start && r.Day <= last.End, cancellationToken);
        return hasData ? last : ReviewPeriod.Containing(today, today);
    }

    private static ReviewAdoption Of(AdoptionSeries s) => new(
        s.MonthlyActive, s.WeeklyActive, s.DailyActive, s.Stickiness, s.FeaturesUsed, s.FeatureCount,
        s.Weeks.Select(w => new ReviewWeek(w.Ending, w.MonthlyActive)).ToList());
}
