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

        // In ticks: sentAt and timestamp at opposite ends of the calendar (year 1 and year 9999) would
        // put a DateTime out of range; the difference of two tick counts always fits in a long.
        var corrected = sentAt is { } sent ? receivedAt.Ticks - (sent.UtcTicks - ts.UtcTicks) : ts.UtcTicks;
        if (corrected > (receivedAt + options.MaxFutureSkew).Ticks || corrected < (receivedAt - options.MaxPastSkew).Ticks)
        {
            return (receivedAt, true);
        }

        return (new DateTime(corrected, DateTimeKind.Utc), false);
    }
}
