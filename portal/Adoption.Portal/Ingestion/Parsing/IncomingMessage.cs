namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>The Segment call types the API accepts (the <c>type</c> of a batch item).</summary>
internal enum MessageType
{
    Track,
    Identify,
    Group,
    Page,
    Screen,
    Alias,
}

/// <summary>One valid message, checked and normalised on the request thread, ready to be written.</summary>
internal sealed class IncomingMessage
{
    public required MessageType Type { get; init; }
    public required string MessageId { get; init; }
    public string? UserId { get; init; }
    public string? AnonymousId { get; init; }
    /// <summary>The track event's name, or the page/screen name.</summary>
    public string? Event { get; init; }
    /// <summary>The group call's groupId, else <c>context.groupId</c>.</summary>
    public string? GroupId { get; init; }
    /// <summary>Alias only: the id the user had before.</summary>
    public string? PreviousId { get; init; }
    public DateTime Timestamp { get; init; }
    /// <summary>The sender's own <c>timestamp</c> (UTC ticks, 0 if none): part of the message's identity.</summary>
    public long SentTimestamp { get; init; }
    public DateOnly Day { get; init; }
    public bool TimestampClamped { get; init; }
    public string? Payload { get; init; }
    /// <summary>The key feature a track event counts for, from the catalogue.</summary>
    public int? FeatureId { get; init; }
    /// <summary>Identify and group only: the traits the portal keeps.</summary>
    public MessageTraits? Traits { get; init; }

    public string? UserKey => UserId ?? AnonymousId;

    /// <summary>Track, page and screen calls are someone using the product; identify, group and alias are not.</summary>
    public bool IsActivity => MessageTypes.IsActivity(Type);
}

/// <summary>The identify and group traits the portal maps onto contacts and accounts.</summary>
internal sealed class MessageTraits
{
    public string? Email { get; set; }
    public string? Name { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Title { get; set; }
    public string? Role { get; set; }
    public string? Locale { get; set; }
    public string? Plan { get; set; }
    public string? Industry { get; set; }
    public decimal? Arr { get; set; }
    public int? Employees { get; set; }

    public string? FullName => Name ?? (FirstName is null && LastName is null ? null : $"{FirstName} {LastName}".Trim());
}

/// <summary>A batch item that was not stored, and why (the rest of the batch is).</summary>
internal sealed record Rejection(int Index, string? MessageId, string Reason);
