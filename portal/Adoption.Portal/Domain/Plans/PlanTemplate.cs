using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Domain.Plans;

/// <summary>A reusable success plan: objectives and milestones with due dates relative to the start.</summary>
public sealed class PlanTemplate : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }
    /// <summary>Name and description in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];

    public List<TemplateObjective> Objectives { get; set; } = [];
}

public sealed class TemplateObjective
{
    public int Id { get; set; }
    public int TemplateId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
    public string? MetricName { get; set; }
    public string? MetricUnit { get; set; }
    /// <summary>Title and description in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];
    /// <summary>The metric's name and unit in other languages.</summary>
    public Dictionary<string, MetricText> MetricTexts { get; set; } = [];

    public List<TemplateMilestone> Milestones { get; set; } = [];
}

public sealed class TemplateMilestone
{
    public int Id { get; set; }
    public int TemplateObjectiveId { get; set; }
    public required string Title { get; set; }
    public OwnerSide Owner { get; set; }
    /// <summary>Due this many days after the plan is created from the template.</summary>
    public int DueAfterDays { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Order { get; set; }
    /// <summary>Title in other languages (fi, it, zh-Hans); the columns above are the English original and the fallback.</summary>
    public Dictionary<string, LocalText> Texts { get; set; } = [];
}
