namespace Adoption.Portal.Domain.Attention;

/// <summary>What reached a person: an in-app nudge, a survey or an email.</summary>
public enum AttentionKind
{
    Nudge,
    Survey,
    Email,
}

/// <summary>How much a touch asks of the person; each class has its own cap.</summary>
public enum AttentionClass
{
    /// <summary>Stops the person's work: a modal, a tooltip, a survey.</summary>
    Interrupting,

    /// <summary>Sits beside the work: a banner, a checklist.</summary>
    Ambient,

    /// <summary>Arrives in the inbox.</summary>
    Email,
}

/// <summary>A critical touch (a security notice, a renewal at risk) passes a full budget but still counts.</summary>
public enum AttentionPriority
{
    Normal,
    Critical,
}

/// <summary>
/// One time the vendor took a person's attention. The nudges, surveys and email programs all write
/// here, so one budget sees every channel. Vendor-only: customers never read it.
/// </summary>
public sealed class AttentionTouch
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    /// <summary>The contact, when the person is known as one.</summary>
    public int? ContactId { get; set; }
    /// <summary>The host product's <c>userId</c>, when the touch came through the host product.</summary>
    public string? UserId { get; set; }
    public AttentionKind Kind { get; set; }
    public AttentionClass Class { get; set; }
    public AttentionPriority Priority { get; set; }
    /// <summary>What took the attention, e.g. <c>nudge:12</c>, <c>survey:3</c>, <c>email:weekly-digest</c>.</summary>
    public required string Source { get; set; }
    public DateTime At { get; set; }
}
