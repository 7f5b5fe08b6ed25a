using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Health.Today;

/// <summary>
/// How much each kind of Today item presses, from 0 to 1. An item's priority is the account's ARR
/// (in the reporting currency) times its urgency, so a slipping enterprise renewal outranks a late
/// task at a small customer, and an urgent ticket at a small customer still outranks a sign-off
/// at a big one only when the ARR gap is small. docs/health.md lists the figures.
/// </summary>
public static class TodayRanking
{
    /// <summary>1 on the renewal day, falling to 0.2 at 120 days out.</summary>
    public static double Renewal(int daysToRenewal) => Math.Clamp(1 - (daysToRenewal / 150.0), 0.2, 1);

    /// <summary>0.4 on the first day late, 1 from 30 days late; the customer's own tasks weigh 80% of ours.</summary>
    public static double OverdueMilestone(int daysOverdue, OwnerSide owner) =>
        Math.Min(1, 0.4 + (Math.Max(0, daysOverdue) / 50.0)) * (owner == OwnerSide.Vendor ? 1 : 0.8);

    /// <summary>0.6 for a 6, 1 for a 0.</summary>
    public static double Detractor(int score) => 0.6 + ((6 - Math.Clamp(score, 0, 6)) / 15.0);

    /// <summary>A champion or sponsor who left, or whose email bounces: the relationship needs a new owner.</summary>
    public const double KeyPersonGone = 0.9;

    /// <summary>Urgent 0.85, high 0.55, each rising by up to 0.15 as the ticket waits (a day is 0.01).</summary>
    public static double Ticket(TicketPriority priority, int daysOpen) =>
        (priority == TicketPriority.Urgent ? 0.85 : 0.55) + Math.Min(0.15, Math.Max(0, daysOpen) / 100.0);

    /// <summary>Paperwork: 0.3 when only our signature is missing, 0.15 while the customer has not signed either.</summary>
    public static double SignOff(bool customerSigned) => customerSigned ? 0.3 : 0.15;

    /// <summary>An open risk: 0.8 once its due date has passed, 0.5 otherwise.</summary>
    public static double Risk(DateOnly? dueDate, DateOnly today) => dueDate is { } due && due <= today ? 0.8 : 0.5;

    /// <summary>ARR × urgency; an account without ARR still sorts by urgency among its peers.</summary>
    public static double Priority(decimal arrInReportingCurrency, double urgency) => ((double)Math.Max(arrInReportingCurrency, 1m)) * urgency;
}
