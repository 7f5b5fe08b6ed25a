namespace Adoption.Portal.Health;

/// <summary>
/// How CS operations want health judged: weights per factor (whole percentages adding up to 100),
/// the red/yellow/green thresholds and the figures the factors are measured against. Rows are never
/// edited: each save adds the next <see cref="Revision"/>, so every score can be traced to the rules
/// in force. A row with a <see cref="Stage"/> applies to accounts in that lifecycle stage only;
/// the latest row without one applies to every other account.
/// </summary>
public sealed class HealthProfile
{
    public int Id { get; set; }
    /// <summary>Null for the default profile.</summary>
    public LifecycleStage? Stage { get; set; }
    /// <summary>1, 2, 3… per stage (or for the default); the highest is in force.</summary>
    public int Revision { get; set; }
    /// <summary>False when CS operations stopped judging this stage on its own: the default applies again.</summary>
    public bool Active { get; set; } = true;

    public int AdoptionWeight { get; set; }
    public int SeatsWeight { get; set; }
    public int EngagementWeight { get; set; }
    public int NpsWeight { get; set; }
    public int SupportWeight { get; set; }
    public int SentimentWeight { get; set; }
    public int PlanWeight { get; set; }

    /// <summary>A score at or above this is green.</summary>
    public int GreenFrom { get; set; }
    /// <summary>A score at or above this (and below <see cref="GreenFrom"/>) is yellow; below is red.</summary>
    public int YellowFrom { get; set; }
    /// <summary>The share of licensed seats (in %) active in 30 days that earns the full seats score.</summary>
    public int SeatTargetPercent { get; set; }
    /// <summary>Points the support factor loses per open ticket, and per open high or urgent ticket on top.</summary>
    public int OpenTicketPenalty { get; set; }
    public int UrgentTicketPenalty { get; set; }

    /// <summary>Support risk: this many new tickets within <see cref="TicketPeriodDays"/> days.</summary>
    public int NewTicketsInPeriod { get; set; } = 8;
    public int TicketPeriodDays { get; set; } = 30;
    /// <summary>Support risk: this many tickets open at once.</summary>
    public int OpenTicketsAtOnce { get; set; } = 5;
    /// <summary>Support risk: this many high or urgent tickets open at once.</summary>
    public int UrgentTicketsAtOnce { get; set; } = 2;
    /// <summary>Support risk: an open ticket has waited this many days.</summary>
    public int TicketWaitDays { get; set; } = 14;

    public DateTime CreatedAt { get; set; }
    /// <summary>The staff member who saved this revision (their email); null for the built-in defaults.</summary>
    public string? CreatedBy { get; set; }

    public int WeightOf(HealthFactor factor) => factor switch
    {
        HealthFactor.Adoption => AdoptionWeight,
        HealthFactor.Seats => SeatsWeight,
        HealthFactor.Engagement => EngagementWeight,
        HealthFactor.Nps => NpsWeight,
        HealthFactor.Support => SupportWeight,
        HealthFactor.Sentiment => SentimentWeight,
        HealthFactor.PlanProgress => PlanWeight,
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };

    public HealthColor ColorOf(int score) => score >= GreenFrom ? HealthColor.Green : score >= YellowFrom ? HealthColor.Yellow : HealthColor.Red;

    /// <summary>
    /// What applies until CS operations save a profile. Seats carry the most weight because licences
    /// bought but unused are what a renewal conversation turns on: an account using almost none of
    /// its seats cannot be green however well the rest goes (30 points lost against a 75 threshold).
    /// </summary>
    public static HealthProfile Default() => new()
    {
        AdoptionWeight = 15, SeatsWeight = 30, EngagementWeight = 10, NpsWeight = 15, SupportWeight = 10, SentimentWeight = 10, PlanWeight = 10,
        GreenFrom = 75, YellowFrom = 50, SeatTargetPercent = 60, OpenTicketPenalty = 15, UrgentTicketPenalty = 25,
    };
}
