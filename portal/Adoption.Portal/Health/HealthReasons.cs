namespace Adoption.Portal.Health;

/// <summary>The closed set of reason messages; their texts are in Resources/Health/HealthScorer.*.resx.</summary>
public static class HealthReasons
{
    public const string BroadAdoption = "{0} of {1} key features used in the last 30 days";
    public const string NarrowAdoption = "Only {0} of {1} key features used in the last 30 days";
    public const string ActivePeople = "{0} of {1} people active in the last 30 days";
    public const string InactivePeople = "Only {0} of {1} people active in the last 30 days";
    public const string PositiveNps = "NPS is {0} from {1} answers";
    public const string NegativeNps = "NPS is {0} from {1} answers, with detractors";
    public const string NoNps = "No NPS answers in the last 6 months";
    public const string OpenTickets = "{0} open support tickets, {1} urgent";
    public const string NoOpenTickets = "No open support tickets";
    public const string OpenRisks = "{0} open risks flagged by the CSM";

    public static readonly IReadOnlyList<string> All =
        [BroadAdoption, NarrowAdoption, ActivePeople, InactivePeople, PositiveNps, NegativeNps, NoNps, OpenTickets, NoOpenTickets, OpenRisks];
}
