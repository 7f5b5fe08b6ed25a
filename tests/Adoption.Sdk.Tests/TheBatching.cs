using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests;

public sealed class TheBatching
{
    [Fact]
    public async Task SendsABatchEachTimeFlushAtMessagesAreQueued()
    {
        // An interval of its own, so the timer the sender sets for it is not mistaken for a request's timeout.
        var interval = TimeSpan.FromMinutes(1);
        await using var sdk = await SdkHarness.StartAsync(o =>
        {
            o.FlushAt = 3;
            o.FlushInterval = interval;
        });

        for (var i = 1; i <= 7; i++)
        {
            sdk.Client.Track("u1", $"Event {i}");
        }

        var full = await sdk.Portal.WaitForBatchesAsync(2);
        Assert.Equal(["Event 1", "Event 2", "Event 3"], full[0].Events);
        Assert.Equal(["Event 4", "Event 5", "Event 6"], full[1].Events);
        // Each batch sent cancels the interval's timer: one set now is for Event 7, which waits instead of going.
        await sdk.Clock.WaitingAsync(interval);
        Assert.Equal(2, sdk.Portal.Batches.Count);

        await sdk.FlushAsync();
        Assert.Equal(["Event 7"], sdk.Portal.Batches[2].Events);
    }

    [Fact]
    public async Task SendsAPartialBatchWhenTheFlushIntervalHasPassed()
    {
        await using var sdk = await SdkHarness.StartAsync(o =>
        {
            o.FlushAt = 100;
            o.FlushInterval = TimeSpan.FromSeconds(10);
        });

        sdk.Client.Track("u1", "Report Created");
        sdk.Client.Track("u2", "Report Shared");
        await sdk.Clock.WaitingAsync(TimeSpan.FromSeconds(10));
        sdk.Clock.Advance(TimeSpan.FromSeconds(9));
        // The sender still waits on the interval's timer, so it has sent nothing.
        Assert.Equal(1, sdk.Clock.TimersSetFor(TimeSpan.FromSeconds(10)));
        Assert.Empty(sdk.Portal.Batches);

        sdk.Clock.Advance(TimeSpan.FromSeconds(1));
        var batch = Assert.Single(await sdk.Portal.WaitForBatchesAsync(1));
        Assert.Equal(["Report Created", "Report Shared"], batch.Events);
    }

    [Fact]
    public async Task StartsANewBatchBeforeTheBodyWouldPassMaxBatchBytes()
    {
        await using var sdk = await SdkHarness.StartAsync(o =>
        {
            o.MaxEventBytes = 1024;
            o.MaxBatchBytes = 2048 + 1024;
        });
        var padding = new Dictionary<string, object?> { ["note"] = new string('x', 600) };

        for (var i = 1; i <= 5; i++)
        {
            sdk.Client.Track("u1", $"Event {i}", padding);
        }

        await sdk.FlushAsync();

        // ~800 bytes a message: two fit in the 2 KB left after the batch envelope allowance, three do not.
        var batches = sdk.Portal.Batches;
        Assert.Equal([2, 2, 1], batches.Select(b => b.Messages.Count));
        Assert.Equal(["Event 1", "Event 2", "Event 3", "Event 4", "Event 5"], batches.SelectMany(b => b.Events));
        Assert.All(batches, b => Assert.True(b.Json.GetRawText().Length < 2048));
    }

    [Fact]
    public async Task DropsAMessageLargerThanMaxEventBytesAndCountsIt()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.MaxEventBytes = 1024);

        sdk.Client.Track("u1", "Huge", new Dictionary<string, object?> { ["blob"] = new string('x', 2000) });
        sdk.Client.Track("u1", "Small");
        await sdk.FlushAsync();

        Assert.Equal(["Small"], Assert.Single(sdk.Portal.Batches).Events);
        var stats = sdk.Client.Statistics;
        Assert.Equal((2, 1, 1, 0), (stats.Received, stats.Delivered, stats.DroppedInvalid, stats.Pending));
        Assert.Contains(sdk.Logs.Entries, e => e.EventId == 2 && e.Message.Contains("over MaxEventBytes (1024)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliversEveryMessageOnceWhenManyThreadsTrackAtOnce()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.FlushAt = 50);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                sdk.Client.Track($"user-{thread}", "Report Created", new Dictionary<string, object?> { ["n"] = i });
            }
        })));
        await sdk.FlushAsync();

        var ids = sdk.Portal.Batches.SelectMany(b => b.MessageIds).ToList();
        Assert.Equal(2_000, ids.Count);
        Assert.Equal(2_000, ids.Distinct().Count());
        Assert.All(sdk.Portal.Batches, b => Assert.InRange(b.Messages.Count, 1, 50));
        Assert.Equal((2_000, 2_000, 0), (sdk.Client.Statistics.Received, sdk.Client.Statistics.Delivered, sdk.Client.Statistics.Pending));
    }
}
