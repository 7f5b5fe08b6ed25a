namespace Adoption.Portal.Health.Risks;

/// <summary>What the risk rules look at for one account, all as of <see cref="Today"/>.</summary>
/// <param name="Tickets">Open now, of which high or urgent; new in the last ticket period; days the oldest open one has waited.</param>
/// <param name="KeyPeopleLeft">Champions and sponsors who left in the last 90 days.</param>
public sealed record RiskFacts(
    DateOnly Today,
    DateOnly RenewalDate,
    HealthColor Health,
    int OverdueMilestones,
    int Detractors,
    (int Open, int Urgent, int NewInPeriod, int OldestOpenDays) Tickets,
    (int Now, int Before) FeaturesUsed,
    int KeyPeopleLeft)
{
    /// <summary>New tickets in the ticket period before the last one: a busy desk that falls silent is a signal.</summary>
    public int NewInPeriodBefore { get; init; }
    /// <summary>Champions and sponsors still there whose email bounces.</summary>
    public int KeyPeopleBounced { get; init; }
    /// <summary>The CSM's latest sentiment entry, if any.</summary>
    public CsmSentiment? Sentiment { get; init; }
}

/// <summary>The limits the rules apply; CS operations tune the support ones on the health settings page.</summary>
public sealed record RiskThresholds(
    int OverdueMilestones = 1,
    int NewTicketsInPeriod = 8,
    int OpenTickets = 5,
    int UrgentTickets = 2,
    int TicketWaitDays = 14,
    int FeatureDrop = 2,
    int RenewalWindowDays = 120,
    int TicketPeriodDays = 30)
{
    /// <summary>The support limits of the profile an account is judged by.</summary>
    public static RiskThresholds From(HealthProfile profile) => new(
        NewTicketsInPeriod: profile.NewTicketsInPeriod, OpenTickets: profile.OpenTicketsAtOnce, UrgentTickets: profile.UrgentTicketsAtOnce,
        TicketWaitDays: profile.TicketWaitDays, TicketPeriodDays: profile.TicketPeriodDays);
}

/// <summary>A rule's verdict: the rule that fired, its category and the figures for its title.</summary>
public sealed record RaisedRisk(string Rule, RiskCategory Category, params object[] Args);

/// <summary>
/// The rules that raise risks by themselves, one per condition, each a pure function of the facts so
/// each has its own test; the runner opens a risk while its rule holds and closes it when it stops.
/// </summary>
public static class RiskRules
{
    public const string MilestonesOverdue = "implementation.milestones-overdue";
    public const string Detractor = "sentiment.detractor";
    public const string TooManyNewTickets = "support.new-tickets";
    public const string TooManyOpenTickets = "support.open-tickets";
    public const string TooManyUrgentTickets = "support.urgent-tickets";
    public const string TicketWaiting = "support.waiting";
    public const string SupportSilence = "support.sudden-silence";
    public const string NegativeSentiment = "sentiment.csm-negative";
    public const string KeyPersonBounced = "company.key-person-bounced";
    public const string FeatureUsageFell = "product.usage-fell";
    public const string KeyPersonLeft = "company.key-person-left";
    public const string RenewalAtRisk = "renewal.near-not-green";

    public static IReadOnlyList<RaisedRisk> Evaluate(RiskFacts f, RiskThresholds t)
    {
        var raised = new List<RaisedRisk>();
        if (f.OverdueMilestones >= t.OverdueMilestones)
        {
            raised.Add(new(MilestonesOverdue, RiskCategory.Implementation, f.OverdueMilestones));
        }

        if (f.Detractors > 0)
        {
            raised.Add(new(Detractor, RiskCategory.Sentiment, f.Detractors));
        }

        if (f.Tickets.NewInPeriod >= t.NewTicketsInPeriod)
        {
            raised.Add(new(TooManyNewTickets, RiskCategory.Support, f.Tickets.NewInPeriod, t.TicketPeriodDays));
        }

        if (f.Tickets.Open >= t.OpenTickets)
        {
            raised.Add(new(TooManyOpenTickets, RiskCategory.Support, f.Tickets.Open));
        }

        if (f.Tickets.Urgent >= t.UrgentTickets)
        {
            raised.Add(new(TooManyUrgentTickets, RiskCategory.Support, f.Tickets.Urgent));
        }

        if (f.Tickets.Open > 0 && f.Tickets.OldestOpenDays >= t.TicketWaitDays)
        {
            raised.Add(new(TicketWaiting, RiskCategory.Support, f.Tickets.OldestOpenDays));
        }

        // Heavy use of support (the "too many new tickets" limit in the period before), then none at all:
        // either everything got fixed or the customer stopped asking, and only a call tells which.
        if (f.NewInPeriodBefore >= t.NewTicketsInPeriod && f.Tickets.NewInPeriod == 0)
        {
            raised.Add(new(SupportSilence, RiskCategory.Support, t.TicketPeriodDays, f.NewInPeriodBefore));
        }

        if (f.Sentiment == CsmSentiment.Negative)
        {
            raised.Add(new(NegativeSentiment, RiskCategory.Sentiment));
        }

        if (f.FeaturesUsed.Before - f.FeaturesUsed.Now >= t.FeatureDrop)
        {
            raised.Add(new(FeatureUsageFell, RiskCategory.Product, f.FeaturesUsed.Before, f.FeaturesUsed.Now));
        }

        if (f.KeyPeopleLeft > 0)
        {
            raised.Add(new(KeyPersonLeft, RiskCategory.Company, f.KeyPeopleLeft));
        }

        if (f.KeyPeopleBounced > 0)
        {
            raised.Add(new(KeyPersonBounced, RiskCategory.Company, f.KeyPeopleBounced));
        }

        var days = f.RenewalDate.DayNumber - f.Today.DayNumber;
        if (days >= 0 && days <= t.RenewalWindowDays && f.Health != HealthColor.Green)
        {
            raised.Add(new(RenewalAtRisk, RiskCategory.Renewal, days));
        }

        return raised;
    }
}
