namespace Adoption.Portal.Domain.Engagements;

/// <summary>What an engagement looks like in the host product. Surveys ride on the same engine.</summary>
public enum EngagementKind
{
    Banner,
    Tooltip,
    Checklist,
    Modal,
    Survey,
}

/// <summary>Only live engagements are ever decided for; paused ones keep their state and statistics.</summary>
public enum EngagementStatus
{
    Draft,
    Live,
    Paused,
    Archived,
}

/// <summary>How often the same person sees an engagement.</summary>
public enum EngagementFrequency
{
    /// <summary>On one day only: shown again on that day's later page views, never after.</summary>
    Once,
    /// <summary>At most once every <see cref="Engagement.FrequencyDays"/> days.</summary>
    EveryNDays,
    /// <summary>Every time, until the person completes it.</summary>
    UntilCompleted,
}

/// <summary>
/// An in-app nudge (or, later, a survey) authored by CS: content, where it shows, who it is for,
/// how often and how it is measured. Vendor-only: customers never read definitions.
/// </summary>
public sealed class Engagement : IVersioned
{
    public int Id { get; set; }
    /// <summary>The id the host product sees, e.g. <c>ngm_8f2k3j</c>: never the row id.</summary>
    public required string PublicId { get; set; }
    public required string Name { get; set; }
    public EngagementKind Kind { get; set; }
    public EngagementStatus Status { get; set; }
    /// <summary>The host's name for where it shows, e.g. <c>home</c>.</summary>
    public required string Placement { get; set; }
    /// <summary>CSS selector a tooltip points at.</summary>
    public string? Anchor { get; set; }
    /// <summary>Higher wins among the candidates of one placement.</summary>
    public int Priority { get; set; } = 50;
    /// <summary>A critical engagement passes a full attention budget and still counts.</summary>
    public bool Critical { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public EngagementFrequency Frequency { get; set; }
    public int FrequencyDays { get; set; }
    public bool Dismissible { get; set; } = true;
    /// <summary>0 offers no snooze.</summary>
    public int SnoozeDays { get; set; }
    /// <summary>Share of eligible people (0..50) who are never shown it, to measure lift.</summary>
    public int HoldoutPercent { get; set; }
    /// <summary>The key feature whose use is the goal.</summary>
    public int? GoalFeatureId { get; set; }
    /// <summary>Days after first eligibility within which use of the goal feature counts.</summary>
    public int GoalWindowDays { get; set; } = 14;
    public List<EngagementContent> Content { get; set; } = [];
    public List<ChecklistStep> Steps { get; set; } = [];
    public Targeting Targeting { get; set; } = new();
    /// <summary>The survey's rules (kind Survey only); null for nudges.</summary>
    public Nps.SurveySettings? Survey { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>The words in one language.</summary>
public sealed class EngagementContent
{
    public required string Locale { get; set; }
    public required string Title { get; set; }
    public string Body { get; set; } = "";
    public string? CtaLabel { get; set; }
    /// <summary>A path or URL in the host product.</summary>
    public string? CtaUrl { get; set; }
}

/// <summary>
/// One step of a checklist. It completes itself once the person has used <see cref="FeatureKey"/>
/// or has tracked <see cref="Event"/>; a step names exactly one of the two.
/// </summary>
public sealed class ChecklistStep
{
    public required string Key { get; set; }
    /// <summary>Label per locale; the English one is required.</summary>
    public Dictionary<string, string> Label { get; set; } = [];
    public string? FeatureKey { get; set; }
    /// <summary>A track call's event name, exactly as the product sends it, e.g. <c>report_created</c>.</summary>
    public string? Event { get; set; }
}
