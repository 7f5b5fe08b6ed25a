using Adoption.Portal.Ingestion;
using Adoption.Portal.Ingestion.Parsing;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>Timestamps are corrected by receivedAt − (sentAt − timestamp); absurd ones are clamped and flagged.</summary>
public sealed class TheClockSkewCorrection(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateTime ReceivedAt = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);
    private static readonly IngestionOptions Options = new();

    [Fact]
    public void TakesTheSendersDelayBackFromTheReceiptTime()
    {
        // The device clock is 3 hours fast; the event happened 5 minutes before it was sent.
        var timestamp = new DateTimeOffset(2026, 3, 10, 14, 55, 0, TimeSpan.Zero);
        var sentAt = new DateTimeOffset(2026, 3, 10, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal((ReceivedAt.AddMinutes(-5), false), ClockSkew.Correct(ReceivedAt, timestamp, sentAt, Options));
    }

    [Fact]
    public void KeepsTheTimestampWithoutSentAtAndUsesTheReceiptTimeWithoutEither()
    {
        var timestamp = new DateTimeOffset(2026, 3, 10, 11, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal((new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc), false), ClockSkew.Correct(ReceivedAt, timestamp, null, Options));
        Assert.Equal((ReceivedAt, false), ClockSkew.Correct(ReceivedAt, null, null, Options));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(-24 * 91, true)]
    [InlineData(-24 * 89, false)]
    [InlineData(0.5, false)]
    public void ClampsTimestampsFarInTheFutureOrPast(double hoursFromReceipt, bool clamped)
    {
        var timestamp = new DateTimeOffset(ReceivedAt.AddHours(hoursFromReceipt));
        var expectClamped = clamped || hoursFromReceipt > 1;

        var (corrected, flagged) = ClockSkew.Correct(ReceivedAt, timestamp, null, Options);

        Assert.Equal(expectClamped, flagged);
        Assert.Equal(expectClamped ? ReceivedAt : timestamp.UtcDateTime, corrected);
    }

    [Fact]
    public async Task StoresTheCorrectedTimeAndFlagsClampedOnes()
    {
        var now = portal.Clock.GetUtcNow();
        string At(DateTimeOffset t) => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var skewed = $$"""{"type":"track","userId":"u","event":"E","messageId":"skew-1","timestamp":"{{At(now.AddHours(3).AddMinutes(-5))}}","sentAt":"{{At(now.AddHours(3))}}"}""";
        var future = $$"""{"type":"track","userId":"u","event":"E","messageId":"skew-2","timestamp":"{{At(now.AddDays(30))}}"}""";

        await portal.CreatePortalClient().PostAsync("/v1/batch", TrackingApi.Batch(skewed, future));

        await using var db = portal.CreateDb();
        var stored = await db.TrackedEvents.Where(e => e.MessageId.StartsWith("skew-")).OrderBy(e => e.MessageId).ToListAsync();
        Assert.Equal(now.UtcDateTime.AddMinutes(-5), stored[0].Timestamp);
        Assert.False(stored[0].TimestampClamped);
        Assert.Equal((now.UtcDateTime, true), (stored[1].Timestamp, stored[1].TimestampClamped));
        Assert.Equal(DateOnly.FromDateTime(now.UtcDateTime), stored[1].Day);
    }
}
