using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests;

/// <summary>Failures the portal may recover from are retried with the same message ids, so it stores each once.</summary>
public sealed class TheRetries
{
    [Fact]
    public async Task ResendTheSameMessageIdsAfterAServerError()
    {
        await using var sdk = await SdkHarness.StartAsync();
        sdk.Portal.Reply(PortalReply.Status(500), PortalReply.Status(503));

        sdk.Client.Track("u1", "Report Created");
        sdk.Client.Track("u1", "Report Shared");
        var flush = sdk.FlushAsync();
        var first = await sdk.SkipRetryDelayAsync(retry: 1);
        var second = await sdk.SkipRetryDelayAsync(retry: 2);
        await flush;

        var attempts = sdk.Portal.Batches;
        Assert.Equal(3, attempts.Count);
        Assert.Equal(2, attempts[0].MessageIds.Distinct().Count());
        Assert.All(attempts, a => Assert.Equal(attempts[0].MessageIds, a.MessageIds));
        // Backoff doubles (1 s, then 2 s) with jitter in the upper half.
        Assert.InRange(first, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(second, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal((2, 2, 0), (sdk.Client.Statistics.Received, sdk.Client.Statistics.Delivered, sdk.Client.Statistics.Pending));
    }

    [Fact]
    public async Task HonourRetryAfterOnTooManyRequests()
    {
        await using var sdk = await SdkHarness.StartAsync();
        sdk.Portal.Reply(PortalReply.Status(429, retryAfterSeconds: 30));

        sdk.Client.Track("u1", "Report Created");
        var flush = sdk.FlushAsync();
        var scheduled = await sdk.Logs.WaitForAsync(eventId: 6);

        Assert.Equal(TimeSpan.FromSeconds(30), scheduled.Value<TimeSpan>("Delay"));
        sdk.Clock.Advance(TimeSpan.FromSeconds(29));
        // The delivery still waits on the retry's timer, so it has not sent again.
        Assert.Equal(1, sdk.Clock.TimersSetFor(TimeSpan.FromSeconds(30)));
        Assert.Single(sdk.Portal.Batches);

        sdk.Clock.Advance(TimeSpan.FromSeconds(1));
        await flush;
        var attempts = sdk.Portal.Batches;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].MessageIds, attempts[1].MessageIds);
    }

    [Fact]
    public async Task ResendTheSameMessageIdsAfterARequestTimesOut()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.RequestTimeout = TimeSpan.FromSeconds(10));
        sdk.Portal.Reply(PortalReply.Hang);

        sdk.Client.Track("u1", "Report Created");
        var flush = sdk.FlushAsync();
        await sdk.Portal.WaitForBatchesAsync(1);
        sdk.Clock.Advance(TimeSpan.FromSeconds(10));
        var scheduled = await sdk.Logs.WaitForAsync(eventId: 6);
        sdk.Clock.Advance(scheduled.Value<TimeSpan>("Delay"));
        await flush;

        var attempts = sdk.Portal.Batches;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].MessageIds, attempts[1].MessageIds);
        Assert.Contains("no answer within 00:00:10", scheduled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeverRetryABadRequestAndLogItOnce()
    {
        await using var sdk = await SdkHarness.StartAsync();
        sdk.Portal.Reply(PortalReply.Status(400, body: "batch[0].event is required"), PortalReply.Status(400));

        sdk.Client.Track("u1", "Rejected 1");
        await sdk.FlushAsync();
        sdk.Client.Track("u1", "Rejected 2");
        await sdk.FlushAsync();
        sdk.Client.Track("u1", "Accepted");
        await sdk.FlushAsync();

        Assert.Equal([["Rejected 1"], ["Rejected 2"], ["Accepted"]], sdk.Portal.Batches.Select(b => b.Events));
        var rejections = sdk.Logs.Entries.Where(e => e.EventId == 5).ToList();
        Assert.Equal([LogLevel.Error, LogLevel.Debug], rejections.Select(e => e.Level));
        Assert.Equal("The Adoption portal refused 1 messages (HTTP 400: batch[0].event is required); they are dropped, not retried. ", rejections[0].Message);
        Assert.DoesNotContain(sdk.Logs.Entries, e => e.EventId == 6);
        Assert.Equal((3, 1, 2), (sdk.Client.Statistics.Received, sdk.Client.Statistics.Delivered, sdk.Client.Statistics.DroppedUndeliverable));
    }

    [Fact]
    public async Task NeverRetryAWrongWriteKeyAndSayWhatToCheck()
    {
        await using var sdk = await SdkHarness.StartAsync();
        sdk.Portal.Reply(PortalReply.Status(401));

        sdk.Client.Track("u1", "Report Created");
        await sdk.FlushAsync();

        Assert.Single(sdk.Portal.Batches);
        var rejection = Assert.Single(sdk.Logs.Entries, e => e.EventId == 5);
        Assert.Contains("HTTP 401", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("WriteKey", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiveUpAfterMaxRetriesAndCountTheLoss()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.MaxRetries = 2);
        sdk.Portal.Reply(PortalReply.Status(500), PortalReply.Status(500), PortalReply.Status(500));

        sdk.Client.Track("u1", "Report Created");
        var flush = sdk.FlushAsync();
        await sdk.SkipRetryDelayAsync(retry: 1);
        await sdk.SkipRetryDelayAsync(retry: 2);
        await flush;

        Assert.Equal(3, sdk.Portal.Batches.Count);
        Assert.Single(sdk.Logs.Entries, e => e.EventId == 7 && e.Level == LogLevel.Error);
        Assert.Equal((1, 0, 1), (sdk.Client.Statistics.Received, sdk.Client.Statistics.Delivered, sdk.Client.Statistics.DroppedUndeliverable));
    }

    [Fact]
    public async Task CountItemsThePortalRefusedInAStoredBatchAsInvalid()
    {
        await using var sdk = await SdkHarness.StartAsync();
        sdk.Portal.Reply(PortalReply.Status(200, body: """{"success":true,"rejected":[{"index":1,"messageId":"m-2","reason":"event is required."}]}"""));

        sdk.Client.Track("u1", "Report Created");
        sdk.Client.Track("u1", "Report Shared");
        await sdk.FlushAsync();

        Assert.Single(sdk.Portal.Batches);
        Assert.Equal((2, 1, 1, 0), (sdk.Client.Statistics.Received, sdk.Client.Statistics.Delivered, sdk.Client.Statistics.DroppedInvalid, sdk.Client.Statistics.Pending));
        var refused = Assert.Single(sdk.Logs.Entries, e => e.EventId == 10);
        Assert.Equal((LogLevel.Warning, "The Adoption portal stored a batch but refused 1 of its 2 messages as invalid, the first because: event is required."), (refused.Level, refused.Message));
    }
}
