using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Training;

/// <summary>An ordered set of modules. A path with no account is in the library, reusable by all.</summary>
public sealed class TrainingPath : IVersioned
{
    public int Id { get; set; }
    public int? AccountId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }
    /// <summary>The certificate expires this many months after completion; null: it never expires.</summary>
    public int? ValidMonths { get; set; }
    /// <summary>Title and description per locale (fi, it, zh-Hans…); <see cref="Title"/> is the English and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];

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
    /// <summary>Title per locale; <see cref="Title"/> is the English and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];
    /// <summary>A short quiz that ends the module: the module is done only when it is passed.</summary>
    public Quiz? Quiz { get; set; }

    /// <summary>A hands-on exercise bound to a key feature completes itself when the person uses the
    /// feature in the product; nobody can mark it done by hand.</summary>
    public bool IsVerifiedByUse => Kind == ModuleKind.Exercise && KeyFeatureId is not null;
}

public enum ModuleKind
{
    Doc = 0,
    Video = 1,
    Exercise = 2,
}
