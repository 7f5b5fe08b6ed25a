using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Value;
using Adoption.Portal.Pages.Customer.Usage;

namespace Adoption.Portal.Pages.Customer.Review;

public enum Trend
{
    Down = -1,
    Flat = 0,
    Up = 1,
}

/// <summary>A risk the customer can see in their own data (internal CSM risks stay internal).</summary>
public enum VisibleRisk
{
    None = 0,
    OverdueMilestones = 1,
    FewerActivePeople = 2,
    LowSeatUse = 3,
    UnusedFeatures = 4,
}

/// <summary>A milestone with the objective it serves, as the review lists it.</summary>
public sealed record ReviewMilestone(string Objective, Milestone Milestone);

/// <summary>
/// A business review computed from live data for one period, ready to print. The executive summary
/// is built from the same figures the sections show, so the two cannot disagree.
/// </summary>
public sealed class BusinessReview
{
    /// <summary>Open milestones due within this many days of today are "what's next".</summary>
    public const int NextDays = 45;
    /// <summary>Below this share of licensed seats active in a month, seat use is a risk.</summary>
    public const double LowSeatShare = 0.4;

    public required ReviewPeriod Period { get; init; }
    public required IReadOnlyList<ValueEntry> ValueInPeriod { get; init; }
    public decimal PeriodValue => ValueInPeriod.Sum(v => v.AnnualValue);
    public required decimal ValueToDate { get; init; }
    public required decimal Arr { get; init; }
    /// <summary>Signed-off annual value to the end of the period, as a multiple of the subscription.</summary>
    public decimal Roi => Arr == 0 ? 0 : ValueToDate / Arr;
    public required AdoptionSeries Adoption { get; init; }
    public required AdoptionSeries AdoptionBefore { get; init; }
    public Trend ActiveTrend => TrendOf(Adoption.MonthlyActive, AdoptionBefore.MonthlyActive);
    public Trend BreadthTrend => TrendOf(Adoption.FeaturesUsed, AdoptionBefore.FeaturesUsed);
    public required int Seats { get; init; }
    public double SeatShare => Seats == 0 ? 0 : (double)Adoption.MonthlyActive / Seats;
    public required int MilestonesTotal { get; init; }
    public required int MilestonesDone { get; init; }
    public required int DoneInPeriod { get; init; }
    public double PlanProgress => MilestonesTotal == 0 ? 0 : (double)MilestonesDone / MilestonesTotal;
    public required IReadOnlyList<ReviewMilestone> Overdue { get; init; }
    public required IReadOnlyList<ReviewMilestone> Next { get; init; }
    public required DateOnly RenewalDate { get; init; }
    public required int DaysToRenewal { get; init; }
    public VisibleRisk TopRisk =>
        Overdue.Count > 0 ? VisibleRisk.OverdueMilestones
        : ActiveTrend == Trend.Down ? VisibleRisk.FewerActivePeople
        : Seats > 0 && SeatShare < LowSeatShare ? VisibleRisk.LowSeatUse
        : Adoption.FeaturesUsed < Adoption.FeatureCount ? VisibleRisk.UnusedFeatures
        : VisibleRisk.None;

    public static Trend TrendOf(double now, double before) => now > before ? Trend.Up : now < before ? Trend.Down : Trend.Flat;

    /// <param name="values">The account's customer-visible value entries.</param>
    /// <param name="milestones">The account's customer-visible milestones with their objective's title.</param>
    public static BusinessReview Build(
        ReviewPeriod period, DateOnly today, decimal arr, int seats, DateOnly renewalDate,
        IReadOnlyList<ValueEntry> values, IReadOnlyList<ReviewMilestone> milestones,
        AdoptionSeries adoption, AdoptionSeries adoptionBefore)
    {
        var signedOff = values.Where(v => v.FullySignedOff && v.AchievedOn <= period.End).ToList();
        var open = milestones.Where(m => m.Milestone.Status != MilestoneStatus.Done).ToList();
        return new BusinessReview
        {
            Period = period,
            ValueInPeriod = signedOff.Where(v => v.AchievedOn >= period.Start).OrderByDescending(v => v.AnnualValue).ToList(),
            ValueToDate = signedOff.Sum(v => v.AnnualValue),
            Arr = arr,
            Adoption = adoption,
            AdoptionBefore = adoptionBefore,
            Seats = seats,
            MilestonesTotal = milestones.Count,
            MilestonesDone = milestones.Count(m => m.Milestone.Status == MilestoneStatus.Done),
            DoneInPeriod = milestones.Count(m => m.Milestone.CompletedAt is { } at
                && DateOnly.FromDateTime(at) >= period.Start && DateOnly.FromDateTime(at) <= period.End),
            Overdue = open.Where(m => m.Milestone.IsOverdue(today)).OrderBy(m => m.Milestone.DueDate).ToList(),
            Next = open.Where(m => m.Milestone.DueDate is { } due && due >= today && due <= today.AddDays(NextDays))
                .OrderBy(m => m.Milestone.DueDate).ToList(),
            RenewalDate = renewalDate,
            DaysToRenewal = renewalDate.DayNumber - today.DayNumber,
        };
    }
}
