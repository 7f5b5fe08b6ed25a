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
public sealed record AccountHealth(int Score, HealthColor Color, IReadOnlyList<HealthComponent> Components, IReadOnlyList<HealthReason> Reasons)
{
    public const int GreenFrom = 70;
    public const int YellowFrom = 45;

    public static HealthColor ColorOf(int score) => score >= GreenFrom ? HealthColor.Green : score >= YellowFrom ? HealthColor.Yellow : HealthColor.Red;
}

public enum HealthFactor
{
    Adoption = 0,
    Engagement = 1,
    Nps = 2,
    Support = 3,
    Sentiment = 4,
}
