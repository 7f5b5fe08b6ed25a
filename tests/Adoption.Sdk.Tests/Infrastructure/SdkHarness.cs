namespace Adoption.Sdk.Tests.Infrastructure;

/// <summary>
/// A recording portal and a client pointed at it, on a fake clock that only moves when the test says so:
/// batch intervals, retry delays and request timeouts all run on that clock.
/// </summary>
public sealed class SdkHarness : IAsyncDisposable
{
    public const string WriteKey = "wk_test_northwind";
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private SdkHarness(RecordingPortal portal, AdoptionOptions options)
    {
        Portal = portal;
        Options = options;
        Client = new AdoptionClient(options, httpClientFactory: null, Clock, Logs);
    }

    public RecordingPortal Portal { get; }

    public AdoptionOptions Options { get; }

    public WatchedClock Clock { get; } = new(Start);

    public RecordingLoggerProvider Logs { get; } = new();

    public AdoptionClient Client { get; }

    public static async Task<SdkHarness> StartAsync(Action<AdoptionOptions>? configure = null)
    {
        var portal = await RecordingPortal.StartAsync();
        var options = new AdoptionOptions { WriteKey = WriteKey, Endpoint = portal.Endpoint };
        configure?.Invoke(options);
        return new SdkHarness(portal, options);
    }

    /// <summary>Flushes, failing (with the SDK's log) instead of hanging when the flush never ends.</summary>
    public async Task FlushAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await Client.FlushAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("FlushAsync did not finish. Log:\n" + string.Join("\n", Logs.Entries.Select(e => e.Message)));
        }
    }

    /// <summary>Waits for the client to schedule retry number <paramref name="retry"/>, then moves the clock past it.</summary>
    public async Task<TimeSpan> SkipRetryDelayAsync(int retry)
    {
        var scheduled = await Logs.WaitForAsync(eventId: 6, occurrence: retry);
        var delay = scheduled.Value<TimeSpan>("Delay");
        Clock.Advance(delay);
        return delay;
    }

    /// <summary>Moves the fake clock a second at a time until <paramref name="task"/> ends.</summary>
    public async Task<T> PumpAsync<T>(Task<T> task)
    {
        await Eventually.TrueAsync(() =>
        {
            if (!task.IsCompleted)
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
            }

            return task.IsCompleted;
        }, "the task to finish while the clock moves");
        return await task;
    }

    public Task PumpAsync(Task task) => PumpAsync(Completion(task));

    private static async Task<bool> Completion(Task task)
    {
        await task;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await PumpAsync(Client.DisposeAsync().AsTask());
        await Portal.DisposeAsync();
        Logs.Dispose();
    }
}
