using System.Text.Json.Serialization;
using Adoption.Portal.Domain.Plans;

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
public sealed record ReviewMilestone(string Objective, string Title, OwnerSide Owner, DateOnly? DueDate);

/// <summary>A signed-off outcome, as the review lists it.</summary>
public sealed record ReviewValue(string Outcome, decimal Before, decimal After, string? Unit, decimal AnnualValue, DateOnly AchievedOn);

/// <summary>A week of the adoption chart.</summary>
public sealed record ReviewWeek(DateOnly Ending, int MonthlyActive);

/// <summary>The adoption figures at the end of a period (the subset of <see cref="Usage.AdoptionSeries"/> a review keeps).</summary>
public sealed record ReviewAdoption(int MonthlyActive, int WeeklyActive, double DailyActive, double Stickiness, int FeaturesUsed, int FeatureCount, IReadOnlyList<ReviewWeek> Weeks);

/// <summary>NPS answers given in the period: score = % promoters − % detractors.</summary>
public sealed record ReviewNps(int Answers, int Promoters, int Passives, int Detractors)
{
    [JsonIgnore] public int Score => Answers == 0 ? 0 : (int)Math.Round(100.0 * (Promoters - Detractors) / Answers);
}

/// <summary>Support tickets: opened and closed in the period, open at its end, the urgent or high ones among those.</summary>
public sealed record ReviewSupport(int Opened, int Closed, int OpenAtEnd, int UrgentOpenAtEnd);

/// <summary>Training: modules finished and certificates earned in the period, people enrolled by its end.</summary>
public sealed record ReviewTraining(int ModulesCompleted, int Certificates, int PeopleEnrolled);

/// <summary>
/// A business review for one period, as plain figures: computed from live data for a draft, or read
/// back from the stored snapshot of a published review (it serialises to JSON as it stands). The
/// executive summary is built from the same figures the sections show, so the two cannot disagree.
/// </summary>
public sealed class BusinessReview
{
    /// <summary>Open milestones due within this many days of today are "what's next".</summary>
    public const int NextDays = 45;
    /// <summary>Below this share of licensed seats active in a month, seat use is a risk.</summary>
    public const double LowSeatShare = 0.4;

    public required ReviewPeriod Period { get; init; }
    /// <summary>The day the figures were taken: today for a draft, the publishing day for a published review.</summary>
    public required DateOnly Today { get; init; }
    public required string Currency { get; init; }
    public required IReadOnlyList<ReviewValue> ValueInPeriod { get; init; }
    [JsonIgnore] public decimal PeriodValue => ValueInPeriod.Sum(v => v.AnnualValue);
    public required decimal ValueToDate { get; init; }
    public required decimal Arr { get; init; }
    /// <summary>Signed-off annual value to the end of the period, as a multiple of the subscription.</summary>
    [JsonIgnore] public decimal Roi => Arr == 0 ? 0 : ValueToDate / Arr;
    public required ReviewAdoption Adoption { get; init; }
    public required ReviewAdoption AdoptionBefore { get; init; }
    [JsonIgnore] public Trend ActiveTrend => TrendOf(Adoption.MonthlyActive, AdoptionBefore.MonthlyActive);
    [JsonIgnore] public Trend BreadthTrend => TrendOf(Adoption.FeaturesUsed, AdoptionBefore.FeaturesUsed);
    public required int Seats { get; init; }
    [JsonIgnore] public double SeatShare => Seats == 0 ? 0 : (double)Adoption.MonthlyActive / Seats;
    public required int MilestonesTotal { get; init; }
    public required int MilestonesDone { get; init; }
    public required int DoneInPeriod { get; init; }
    [JsonIgnore] public double PlanProgress => MilestonesTotal == 0 ? 0 : (double)MilestonesDone / MilestonesTotal;
    public required IReadOnlyList<ReviewMilestone> Overdue { get; init; }
    public required IReadOnlyList<ReviewMilestone> Next { get; init; }
    public required DateOnly RenewalDate { get; init; }
    public required int DaysToRenewal { get; init; }
    public required ReviewNps Nps { get; init; }
    public required ReviewSupport Support { get; init; }
    public required ReviewTraining Training { get; init; }
    /// <summary>False while a negative ROI waits for the CSM's review (<see cref="Reviews.RoiGate"/>): the multiple is left out.</summary>
    public required bool RoiShown { get; init; }
    /// <summary>Days from the account's start to its first use of a key feature; null until then.</summary>
    public required int? DaysToFirstValue { get; init; }

    [JsonIgnore]
    public VisibleRisk TopRisk =>
        Overdue.Count > 0 ? VisibleRisk.OverdueMilestones
        : ActiveTrend == Trend.Down ? VisibleRisk.FewerActivePeople
        : Seats > 0 && SeatShare < LowSeatShare ? VisibleRisk.LowSeatUse
        : Adoption.FeaturesUsed < Adoption.FeatureCount ? VisibleRisk.UnusedFeatures
        : VisibleRisk.None;

    public static Trend TrendOf(double now, double before) => now > before ? Trend.Up : now < before ? Trend.Down : Trend.Flat;
}
