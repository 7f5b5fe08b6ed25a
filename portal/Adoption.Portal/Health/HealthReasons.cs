namespace Adoption.Portal.Health;

/// <summary>The closed set of reason messages; their texts are in Resources/Health/HealthScorer.*.resx.</summary>
public static class HealthReasons
{
    public const string BroadAdoption = "{0} of {1} key features used in the last 30 days";
    public const string NarrowAdoption = "Only {0} of {1} key features used in the last 30 days";
    public const string SeatsUsed = "{0} of {1, plural, one {# seat} other {# seats}} used in 30 days";
    public const string FewSeatsUsed = "Only {0} of {1, plural, one {# seat} other {# seats}} used in 30 days";
    public const string NoSeats = "{0, plural, one {# person} other {# people}} active in 30 days; no licensed seats recorded";
    public const string ActivePeopleFell = "Active people fell {0}% in 30 days (from {1} to {2})";
    public const string TrainingProgress = "{0} of {1, plural, one {# training module} other {# training modules}} completed";
    public const string NoTraining = "No training started yet";
    public const string PositiveNps = "NPS is {0} from {1, plural, one {# answer} other {# answers}}";
    public const string NegativeNps = "NPS is {0} from {1, plural, one {# answer} other {# answers}}, with detractors";
    public const string NoNps = "No NPS answers in the last 6 months";
    public const string OpenTickets = "{0, plural, one {# open support ticket} other {# open support tickets}}, {1} urgent";
    public const string NoOpenTickets = "No open support tickets";
    public const string OpenRisks = "{0, plural, one {# open risk} other {# open risks}} flagged by the CSM";
    public const string PlanProgress = "{0} of {1, plural, one {# success plan milestone} other {# success plan milestones}} done";
    public const string NoPlan = "No success plan milestones yet";

    public static readonly IReadOnlyList<string> All =
    [
        BroadAdoption, NarrowAdoption, SeatsUsed, FewSeatsUsed, NoSeats, ActivePeopleFell, TrainingProgress, NoTraining,
        PositiveNps, NegativeNps, NoNps, OpenTickets, NoOpenTickets, OpenRisks, PlanProgress, NoPlan,
    ];

    public static HealthFactor FactorOf(string key) => key switch
    {
        BroadAdoption or NarrowAdoption => HealthFactor.Adoption,
        SeatsUsed or FewSeatsUsed or NoSeats or ActivePeopleFell => HealthFactor.Seats,
        TrainingProgress or NoTraining => HealthFactor.Engagement,
        PositiveNps or NegativeNps or NoNps => HealthFactor.Nps,
        OpenTickets or NoOpenTickets => HealthFactor.Support,
        OpenRisks => HealthFactor.Sentiment,
        PlanProgress or NoPlan => HealthFactor.PlanProgress,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a health reason."),
    };
}
