namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>
/// The key-feature rules the parser applies: which feature a track event counts for. A rule that
/// also names a property is more specific, so it is tried first.
/// </summary>
internal sealed class FeatureRules
{
    private readonly Dictionary<string, Rule[]> byEvent;

    public FeatureRules(DateTimeOffset loadedAt, IEnumerable<Rule> rules)
    {
        LoadedAt = loadedAt;
        byEvent = rules.GroupBy(r => r.EventName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.PropertyName is null).ThenBy(r => r.FeatureId).ToArray(), StringComparer.Ordinal);
    }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>The feature a track event named <paramref name="eventName"/> counts for, if any.</summary>
    public int? Match(string eventName, ReadOnlySpan<byte> properties)
    {
        if (!byEvent.TryGetValue(eventName, out var rules))
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if (rule.PropertyName is null)
            {
                return rule.FeatureId;
            }

            if (!properties.IsEmpty
                && string.Equals(JsonMembers.Text(properties, System.Text.Encoding.UTF8.GetBytes(rule.PropertyName)), rule.PropertyValue, StringComparison.Ordinal))
            {
                return rule.FeatureId;
            }
        }

        return null;
    }

    internal sealed record Rule(string EventName, int FeatureId, string? PropertyName, string? PropertyValue);
}
