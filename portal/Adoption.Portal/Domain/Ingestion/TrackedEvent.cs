namespace Adoption.Portal.Domain.Ingestion;

/// <summary>
/// One message received on the ingestion API (track, identify, group, page, screen, alias), kept
/// as received so rollups can always be rebuilt. Unique per write key, <see cref="SentTimestamp"/> and
/// <see cref="MessageId"/>: that unique index is what makes a retried batch count once.
/// </summary>
public sealed class TrackedEvent
{
    public long Id { get; set; }
    public int WriteKeyId { get; set; }
    public required string MessageId { get; set; }
    /// <summary>
    /// The <c>timestamp</c> exactly as the sender wrote it (UTC ticks; 0 when it sent none). A retry
    /// resends a message unchanged, so together with the messageId it identifies the message, and
    /// because new messages carry ever later timestamps the dedup index grows at its end instead of
    /// being rewritten at random places on every commit.
    /// </summary>
    public long SentTimestamp { get; set; }
    public required string Type { get; set; }
    /// <summary>The track event's name, or the page/screen name.</summary>
    public string? Event { get; set; }
    public string? UserId { get; set; }
    public string? AnonymousId { get; set; }
    /// <summary>The account's external id: the group call's groupId, else <c>context.groupId</c>.</summary>
    public string? GroupId { get; set; }
    public int? AccountId { get; set; }
    public int? FeatureId { get; set; }
    /// <summary>When it happened, corrected for the sender's clock skew (stored as UTC ticks).</summary>
    public DateTime Timestamp { get; set; }
    /// <summary>The UTC day of <see cref="Timestamp"/>: the day rollups count it on.</summary>
    public DateOnly Day { get; set; }
    public DateTime ReceivedAt { get; set; }
    /// <summary>The timestamp was far in the future or past and was clamped to <see cref="ReceivedAt"/>.</summary>
    public bool TimestampClamped { get; set; }
    /// <summary>The message's properties, traits and (merged) context as one JSON object.</summary>
    public string? Payload { get; set; }

    /// <summary>Who did it, as rollups key people: the userId, else the anonymousId.</summary>
    public string? UserKey => UserId ?? AnonymousId;
}
