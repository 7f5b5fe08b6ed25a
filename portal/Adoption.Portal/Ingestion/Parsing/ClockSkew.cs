namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>
/// Corrects a sender's clock the Segment way: the time that passed on the sender between the event
/// and sending (<c>sentAt − timestamp</c>) is taken back from when the portal received it, so a
/// device whose clock is hours off still lands its events at the right moment.
/// </summary>
internal static class ClockSkew
{
    public static (DateTime Timestamp, bool Clamped) Correct(DateTime receivedAt, DateTimeOffset? timestamp, DateTimeOffset? sentAt, IngestionOptions options)
    {
        if (timestamp is not { } ts)
        {
            return (receivedAt, false);
        }

        var corrected = sentAt is { } sent ? receivedAt - (sent - ts) : ts.UtcDateTime;
        if (corrected > receivedAt + options.MaxFutureSkew || corrected < receivedAt - options.MaxPastSkew)
        {
            return (receivedAt, true);
        }

        return (DateTime.SpecifyKind(corrected, DateTimeKind.Utc), false);
    }
}
