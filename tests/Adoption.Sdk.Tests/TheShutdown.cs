using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests;

public sealed class TheShutdown
{
    [Fact]
    public async Task DisposeAsyncSendsWhatIsStillQueued()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.FlushAt = 100);
        sdk.Client.Track("u1", "Report Created");
        sdk.Client.Track("u1", "Report Shared");
        sdk.Client.Identify("u1", new UserTraits { Name = "Anna" });

        await sdk.Client.DisposeAsync();

        var batch = Assert.Single(sdk.Portal.Batches);
        Assert.Equal(["Report Created", "Report Shared", null], batch.Events);
        Assert.Equal((3, 3, 0), (sdk.Client.Statistics.Received, sdk.Client.Statistics.Delivered, sdk.Client.Statistics.Pending));
    }

    [Fact]
    public async Task DisposeAsyncGivesUpWhenTheShutdownDeadlinePasses()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        sdk.Portal.Reply(PortalReply.Hang);
        sdk.Client.Track("u1", "Report Created");
        sdk.Client.Track("u1", "Report Shared");

        var disposing = sdk.Client.DisposeAsync().AsTask();
        await sdk.Portal.WaitForBatchesAsync(1);
        Assert.False(disposing.IsCompleted);
        sdk.Clock.Advance(TimeSpan.FromSeconds(5));
        await disposing;

        var stats = sdk.Client.Statistics;
        Assert.Equal((2, 0, 2, 0), (stats.Received, stats.Delivered, stats.DroppedUndeliverable, stats.Pending));
        var warning = Assert.Single(sdk.Logs.Entries, e => e.EventId == 8);
        Assert.Equal("2 Adoption messages were not delivered before the shutdown deadline (00:00:05)", warning.Message);
    }

    [Fact]
    public async Task CallsAfterDisposeAreDroppedAndFlushReturns()
    {
        await using var sdk = await SdkHarness.StartAsync();
        await sdk.Client.DisposeAsync();

        sdk.Client.Track("u1", "Too late");
        await sdk.FlushAsync();
        await sdk.Client.DisposeAsync();
        sdk.Client.Dispose();

        Assert.Empty(sdk.Portal.Batches);
        Assert.Equal((1, 1), (sdk.Client.Statistics.Received, sdk.Client.Statistics.DroppedInvalid));
        Assert.Contains(sdk.Logs.Entries, e => e.EventId == 2 && e.Message.Contains("the client is disposed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SynchronousDisposeAlsoSendsWhatIsQueued()
    {
        await using var sdk = await SdkHarness.StartAsync();
        sdk.Client.Track("u1", "Report Created");

        sdk.Client.Dispose();

        Assert.Equal(["Report Created"], Assert.Single(sdk.Portal.Batches).Events);
    }
}
