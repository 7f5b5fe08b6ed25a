using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Adoption;

/// <summary>A feature whose use signals adoption; events map to it through <see cref="Rules"/>.</summary>
public sealed class KeyFeature : IVersioned
{
    public int Id { get; set; }
    /// <summary>Stable short name, e.g. <c>reports</c>.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
    public int Version { get; set; }
    /// <summary>Name and description in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];

    public List<FeatureEventRule> Rules { get; set; } = [];
}

/// <summary>A track event named <see cref="EventName"/> (and, if set, whose property
/// <see cref="PropertyName"/> equals <see cref="PropertyValue"/>) counts as use of the feature.</summary>
public sealed class FeatureEventRule
{
    public int Id { get; set; }
    public int FeatureId { get; set; }
    public required string EventName { get; set; }
    public string? PropertyName { get; set; }
    public string? PropertyValue { get; set; }
}
