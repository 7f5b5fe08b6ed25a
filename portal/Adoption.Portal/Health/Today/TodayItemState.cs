namespace Adoption.Portal.Health.Today;

/// <summary>
/// What a CSM decided about one item of the Today list: snoozed until a day, dismissed with a reason,
/// or done; with who and when. One row per item key: a new decision replaces the previous one.
/// Vendor-only: customers never read it.
/// </summary>
public sealed class TodayItemState
{
    public int Id { get; set; }
    /// <summary>The item's identity, e.g. <c>milestone:12:2026-11-30</c>; see <c>TodayItem.Key</c>.</summary>
    public required string Key { get; set; }
    public int AccountId { get; set; }
    public TodayItemStatus Status { get; set; }
    /// <summary>For <see cref="TodayItemStatus.Snoozed"/>: the item is back on this day.</summary>
    public DateOnly? SnoozedUntil { get; set; }
    /// <summary>Why it was dismissed (required then), or a note.</summary>
    public string? Reason { get; set; }
    public required string ByUserId { get; set; }
    public required string ByName { get; set; }
    public DateTime At { get; set; }
}

public enum TodayItemStatus
{
    Snoozed = 0,
    Dismissed = 1,
    Done = 2,
}
