using System.Text.Json.Serialization;

namespace Adoption.Sdk.Internal;

/// <summary>
/// One queued message in the Segment Tracking API shape. Serialized once, on the sender's thread; the bytes are
/// then re-sent unchanged on every retry so the portal can deduplicate by <see cref="MessageId"/>.
/// </summary>
internal sealed class Envelope(string type, string? userId, MessageOptions? options)
{
    public string Type { get; } = type;

    public string? Event { get; init; }

    public string? Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? UserId { get; } = userId;

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? AnonymousId { get; } = options?.AnonymousId;

    public string? GroupId { get; init; }

    public string? PreviousId { get; init; }

    [JsonConverter(typeof(PropertyBagConverter))]
    public IReadOnlyDictionary<string, object?>? Properties { get; init; }

    [JsonConverter(typeof(PropertyBagConverter))]
    public IReadOnlyDictionary<string, object?>? Traits => TraitsSource switch
    {
        UserTraits user => user.ToWire(),
        GroupTraits group => group.ToWire(),
        _ => null,
    };

    /// <summary>The host's traits object, turned into JSON on the sender's thread rather than the caller's.</summary>
    [JsonIgnore]
    public object? TraitsSource { get; init; }

    [JsonConverter(typeof(ContextConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyDictionary<string, object?>? Context { get; } = options?.Context;

    public Guid MessageId { get; set; }

    public DateTimeOffset Timestamp { get; set; }

    /// <summary>When the message was queued, in UTC ticks of <see cref="TimeProvider.GetUtcNow"/> (batch deadline).</summary>
    [JsonIgnore]
    public long QueuedAt { get; set; }

    [JsonIgnore]
    public DateTimeOffset? RequestedTimestamp { get; } = options?.Timestamp;
}
