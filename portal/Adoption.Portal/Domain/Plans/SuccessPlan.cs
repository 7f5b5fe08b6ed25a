using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Plans;

/// <summary>The outcomes an account bought the product for, agreed with its CSM.</summary>
public sealed class SuccessPlan : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public int? TemplateId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    /// <summary>Title and summary in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];

    /// <summary>Raised by the database itself (see <c>Data/PlanRevisionTriggers</c>) whenever anything in the
    /// plan changes: objectives, metrics, milestones or comments, however they were written. A rendered plan
    /// stays valid exactly as long as this and <see cref="Version"/> stay the same.</summary>
    public long ContentRevision { get; set; }

    public List<Objective> Objectives { get; set; } = [];
}
