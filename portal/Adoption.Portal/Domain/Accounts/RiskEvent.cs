namespace Adoption.Portal.Domain.Accounts;

/// <summary>
/// One line of a risk's history: raised, a status, owner or due date changed, an internal note, or
/// closed by its rule. Never edited. Vendor-only, like the risk itself.
/// </summary>
public sealed class RiskEvent
{
    public int Id { get; set; }
    public int RiskId { get; set; }
    public RiskEventKind Kind { get; set; }
    /// <summary>The note, or what changed ("Open → Mitigating").</summary>
    public string? Text { get; set; }
    /// <summary>The staff member's name; null when the risk rules did it.</summary>
    public string? ByName { get; set; }
    public DateTime At { get; set; }
}

public enum RiskEventKind
{
    Raised = 0,
    StatusChanged = 1,
    OwnerChanged = 2,
    DueDateChanged = 3,
    Note = 4,
    ClosedByRule = 5,
    FeatureChanged = 6,
}
