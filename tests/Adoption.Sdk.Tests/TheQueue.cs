using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests;

public sealed class TheQueue
{
    [Fact]
    public async Task DropsTheOldestMessagesWhenFullAndCountsThem()
    {
        await using var sdk = await SdkHarness.StartAsync(o =>
        {
            o.FlushAt = 1;
            o.MaxQueueSize = 5;
        });
        var portalAnswers = new TaskCompletionSource();
        sdk.Portal.Reply(PortalReply.HoldUntil(portalAnswers.Task));

        sdk.Client.Track("u1", "Event 1");
        await sdk.Portal.WaitForBatchesAsync(1);
        // The sender now waits on the portal; the next ten calls overflow the queue of five.
        for (var i = 2; i <= 11; i++)
        {
            sdk.Client.Track("u1", $"Event {i}");
        }

        Assert.Equal(5, sdk.Client.Statistics.DroppedQueueFull);
        portalAnswers.SetResult();
        await sdk.FlushAsync();

        Assert.Equal(["Event 1", "Event 7", "Event 8", "Event 9", "Event 10", "Event 11"], sdk.Portal.Batches.SelectMany(b => b.Events));
        var stats = sdk.Client.Statistics;
        Assert.Equal((11, 6, 5, 0), (stats.Received, stats.Delivered, stats.DroppedQueueFull, stats.Pending));
        var full = sdk.Logs.Entries.Where(e => e.EventId == 3).ToList();
        Assert.Equal(5, full.Count);
        Assert.Equal(LogLevel.Warning, full[0].Level);
        Assert.All(full.Skip(1), e => Assert.Equal(LogLevel.Debug, e.Level));
    }
}
