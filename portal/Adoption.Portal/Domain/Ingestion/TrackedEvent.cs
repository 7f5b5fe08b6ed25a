namespace Adoption.Portal.Domain.Ingestion;

/// <summary>
/// One message received on the ingestion API (track, identify, group, page, screen, alias), kept
/// as received so rollups can always be rebuilt. Unique per write key and <see cref="MessageId"/>.
/// </summary>
public sealed class TrackedEvent
{
    public long Id { get; set; }
    public int WriteKeyId { get; set; }
    public required string MessageId { get; set; }
    public required string Type { get; set; }
    public string? Event { get; set; }
    public string? UserId { get; set; }
    public string? AnonymousId { get; set; }
    public string? GroupId { get; set; }
    public int? AccountId { get; set; }
    public int? FeatureId { get; set; }
    /// <summary>When it happened, corrected for the sender's clock skew.</summary>
    public DateTime Timestamp { get; set; }
    public DateTime ReceivedAt { get; set; }
    /// <summary>The timestamp was far in the future or past and was clamped to <see cref="ReceivedAt"/>.</summary>
    public bool TimestampClamped { get; set; }
    /// <summary>The message's properties/traits/context as JSON.</summary>
    public string? Payload { get; set; }
}
