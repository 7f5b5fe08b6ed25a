namespace Adoption.Portal.Health;

public enum HealthColor
{
    Red = 0,
    Yellow = 1,
    Green = 2,
}

/// <summary>One part of the health score, 0..100, with its weight in the total.</summary>
public sealed record HealthComponent(HealthFactor Factor, int Score, double Weight);

/// <summary>Why the score is what it is: a message key (see <see cref="HealthReasons"/>) and its figures.</summary>
public sealed record HealthReason(string Key, bool Positive, params object[] Args);

/// <summary>An account's health: a transparent weighted score, its colour and its reasons, worst first.</summary>
public sealed record AccountHealth(int Score, HealthColor Color, IReadOnlyList<HealthComponent> Components, IReadOnlyList<HealthReason> Reasons);

/// <summary>The factors a profile weighs (their order is the order they are shown in).</summary>
public enum HealthFactor
{
    /// <summary>Breadth: key features used in 30 days out of all key features.</summary>
    Adoption = 0,
    /// <summary>Training progress: modules completed out of the modules of the paths people enrolled in.</summary>
    Engagement = 1,
    Nps = 2,
    Support = 3,
    /// <summary>The CSM's view: open risks they flagged.</summary>
    Sentiment = 4,
    /// <summary>Active people in 30 days against licensed seats.</summary>
    Seats = 5,
    /// <summary>Success-plan milestones done out of all.</summary>
    PlanProgress = 6,
}
