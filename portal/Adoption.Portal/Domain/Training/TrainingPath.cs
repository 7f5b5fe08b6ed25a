namespace Adoption.Portal.Domain.Training;

/// <summary>An ordered set of modules. A path with no account is in the library, reusable by all.</summary>
public sealed class TrainingPath : IVersioned
{
    public int Id { get; set; }
    public int? AccountId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    public List<TrainingModule> Modules { get; set; } = [];
}

public sealed class TrainingModule
{
    public int Id { get; set; }
    public int PathId { get; set; }
    public required string Title { get; set; }
    public ModuleKind Kind { get; set; }
    public required string Url { get; set; }
    public int Minutes { get; set; }
    public int Order { get; set; }
    /// <summary>The key feature this module teaches; an unused feature suggests its module.</summary>
    public int? KeyFeatureId { get; set; }
}

public enum ModuleKind
{
    Doc = 0,
    Video = 1,
    Exercise = 2,
}
