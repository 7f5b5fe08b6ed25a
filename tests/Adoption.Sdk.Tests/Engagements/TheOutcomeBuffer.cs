using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests.Engagements;

/// <summary>
/// Outcomes and survey answers in the disk buffer: what the host acknowledged to the browser survives a portal outage
/// and a restart, and is sent once by the next process.
/// </summary>
public sealed class TheOutcomeBuffer : IDisposable
{
    private const string Anna = EngagementHarness.Anna;

    // Nothing listens on the discard port: the portal is down.
    private static readonly Uri Down = new("http://127.0.0.1:9/");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "adoption-outcomes-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private AdoptionOptions Options(Uri endpoint) => new()
    {
        WriteKey = SdkHarness.WriteKey, ServerKey = FakeEngagementPortal.ServerKey, Endpoint = endpoint, DiskBufferPath = _folder,
        ShutdownTimeout = TimeSpan.FromMilliseconds(300),
    };

    private string[] Lines() =>
        Directory.Exists(_folder) ? [.. Directory.GetFiles(_folder, "*.outcomes").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines)] : [];

    [Fact]
    public async Task SendWhatAnEarlierRunCouldNotThroughTheNextClientOnce()
    {
        await using (var offline = new AdoptionClient(Options(Down)))
        {
            offline.RecordOutcome(Anna, "tok-survey1", OutcomeKind.Seen, SdkHarness.Start);
            offline.RecordSurveyAnswer(Anna, "tok-survey1", 4, "Slow exports.", mayContact: true, SdkHarness.Start.AddSeconds(30));
            offline.RecordOutcome(Anna, "tok-banner1", OutcomeKind.Dismissed, SdkHarness.Start.AddSeconds(40));
        }

        Assert.Equal(3, Lines().Length);

        await using var portal = await FakeEngagementPortal.StartAsync();
        var logs = new RecordingLoggerProvider();
        await using (var online = new AdoptionClient(Options(portal.Endpoint), loggerFactory: logs))
        {
            // The flush waits for what the earlier run left, too.
            await online.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal((2, 1), (portal.Outcomes.Count, portal.Answers.Count));
            Assert.Equal(3, (await logs.WaitForAsync(eventId: 21)).Value<int>("Count"));
        }

        // A third run finds nothing left: the files went when the portal had answered for them.
        await using (var again = new AdoptionClient(Options(portal.Endpoint)))
        {
            await again.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));
        }

        Assert.Equal(
            [
                """{"token":"tok-survey1","userId":"user-001-01","kind":"seen","at":"2025-03-01T09:00:00Z"}""",
                """{"token":"tok-banner1","userId":"user-001-01","kind":"dismissed","at":"2025-03-01T09:00:40Z"}""",
            ],
            portal.Outcomes.Select(o => o.ToJsonString()));
        Assert.Equal(
            """{"token":"tok-survey1","userId":"user-001-01","score":4,"comment":"Slow exports.","mayContact":true,"at":"2025-03-01T09:00:30Z"}""",
            Assert.Single(portal.Answers).ToJsonString());
        Assert.Empty(Lines());
    }

    [Fact]
    public async Task WriteAnAnswerToDiskAsSoonAsItIsQueued()
    {
        await using var client = new AdoptionClient(Options(Down));

        client.RecordSurveyAnswer(Anna, "tok-survey1", 9, "The alerts.");

        // On disk while the client still runs: a crash now does not lose it.
        var line = await Eventually.ValueAsync(() => Lines() is [var only] ? only : null, "the answer on disk");
        Assert.Contains("\"score\":9", line, StringComparison.Ordinal);
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
                client.RecordOutcome(Anna, $"tok-banner{i}", OutcomeKind.Seen);
            }
        }

        Assert.Equal(250, Lines().Length);
    }

    [Fact]
    public async Task StillDeliverAtOnceWhenThePortalIsUp()
    {
        await using var portal = await FakeEngagementPortal.StartAsync();
        await using var client = new AdoptionClient(Options(portal.Endpoint));

        client.RecordSurveyAnswer(Anna, "tok-survey1", 10);
        await client.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(10, Assert.Single(portal.Answers)["score"]!.GetValue<int>());
        Assert.Empty(Lines());
    }
}
