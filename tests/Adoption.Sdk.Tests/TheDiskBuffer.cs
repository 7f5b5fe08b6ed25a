using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests;

/// <summary>The opt-in disk buffer: events that could not be sent survive the process and are sent by the next one.</summary>
public sealed class TheDiskBuffer : IDisposable
{
    // Nothing listens on the discard port: the portal is down.
    private static readonly Uri Down = new("http://127.0.0.1:9/");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adoption-buffer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private AdoptionOptions Options(Uri endpoint) => new()
    {
        WriteKey = SdkHarness.WriteKey, Endpoint = endpoint, DiskBufferPath = _folder, Gzip = false,
        ShutdownTimeout = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task SendWhatAnEarlierRunCouldNotWithTheSameMessageIds()
    {
        await using (var offline = new AdoptionClient(Options(Down)))
        {
            offline.Track("user-001-01", "Report Scheduled");
            offline.Track("user-001-01", "Alert Created");
            offline.Identify("user-001-01", new UserTraits { Email = "anna@northwind.example" });
        }

        var left = Directory.GetFiles(_folder, "*.batch");
        var ids = left.SelectMany(File.ReadAllLines).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("messageId").GetString()!).ToList();
        Assert.Equal(3, ids.Count);

        await using var portal = await RecordingPortal.StartAsync();
        var logs = new RecordingLoggerProvider();
        await using var online = new AdoptionClient(Options(portal.Endpoint), loggerFactory: logs);
        await online.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));

        var batch = Assert.Single(portal.Batches);
        Assert.Equal(["Report Scheduled", "Alert Created", null], batch.Events);
        Assert.Equal(ids, batch.MessageIds);
        Assert.Empty(Directory.GetFiles(_folder, "*.batch"));
        Assert.Equal((3, 3, 0), (online.Statistics.Received, online.Statistics.Delivered, online.Statistics.Pending));
        Assert.Equal(3, (await logs.WaitForAsync(eventId: 18)).Value<int>("Count"));
    }

    [Fact]
    public async Task KeepWhatTheShutdownDeadlineCutOffForTheNextRun()
    {
        var options = Options(Down);
        options.ShutdownTimeout = TimeSpan.Zero;
        await using (var client = new AdoptionClient(options))
        {
            for (var i = 0; i < 250; i++)
            {
                client.Track("user-001-01", "Dashboard Viewed");
            }
        }

        // No time at all to send, and yet nothing the host handed over is lost: it waits on disk.
        var lines = Directory.GetFiles(_folder, "*.batch").Sum(f => File.ReadAllLines(f).Length);
        Assert.Equal(250, lines);
    }

    [Fact]
    public async Task MoveEventsToDiskWhileThePortalIsDown()
    {
        var options = Options(Down);
        options.FlushAt = 2;
        await using var client = new AdoptionClient(options);

        for (var i = 0; i < 6; i++)
        {
            client.Track("user-001-01", "Dashboard Viewed");
        }

        // Written as batches form, not only at shutdown: a crash now loses none of them.
        await Eventually.TrueAsync(
            () => Directory.Exists(_folder) && Directory.GetFiles(_folder, "*.batch").Sum(f => File.ReadAllLines(f).Length) == 6,
            "six events on disk");
    }

    [Fact]
    public async Task KeepASecondClientOffTheSameFolder()
    {
        await using var first = new AdoptionClient(Options(Down));
        var logs = new RecordingLoggerProvider();

        await using var second = new AdoptionClient(Options(Down), loggerFactory: logs);

        Assert.Contains(logs.Entries, e => e.EventId == 17);
    }

    [Fact]
    public async Task StillDeliverWhenThePortalIsUp()
    {
        await using var portal = await RecordingPortal.StartAsync();
        await using var client = new AdoptionClient(Options(portal.Endpoint));

        client.Track("user-001-01", "Report Scheduled");
        await client.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["Report Scheduled"], Assert.Single(portal.Batches).Events);
        Assert.Empty(Directory.GetFiles(_folder, "*.batch"));
    }
}
