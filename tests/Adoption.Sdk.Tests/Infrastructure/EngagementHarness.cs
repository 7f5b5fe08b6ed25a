namespace Adoption.Sdk.Tests.Infrastructure;

/// <summary>A fake engagement portal and a client with its server key, on a fake clock that moves only when told.</summary>
public sealed class EngagementHarness : IAsyncDisposable
{
    public const string Anna = "user-001-01";
    public static readonly string[] Home = ["home"];

    private EngagementHarness(FakeEngagementPortal portal, AdoptionOptions options)
    {
        Portal = portal;
        Options = options;
        Client = new AdoptionClient(options, httpClientFactory: null, Clock, Logs);
    }

    public FakeEngagementPortal Portal { get; }

    public AdoptionOptions Options { get; }

    public WatchedClock Clock { get; } = new(SdkHarness.Start);

    public RecordingLoggerProvider Logs { get; } = new();

    public AdoptionClient Client { get; }

    public static async Task<EngagementHarness> StartAsync(Action<AdoptionOptions>? configure = null)
    {
        var portal = await FakeEngagementPortal.StartAsync();
        portal.Decisions[Anna] = $"[{FakeEngagementPortal.Banner()}]";
        var options = new AdoptionOptions { WriteKey = SdkHarness.WriteKey, ServerKey = FakeEngagementPortal.ServerKey, Endpoint = portal.Endpoint };
        configure?.Invoke(options);
        return new EngagementHarness(portal, options);
    }

    /// <summary>Asks until the answer satisfies <paramref name="probe"/> (a background answer may still be on its way).</summary>
    public Task<IReadOnlyList<Engagement>> EventuallyAsync(Func<IReadOnlyList<Engagement>, bool> probe, string what) =>
        Eventually.ValueAsync(() =>
        {
            var call = Client.GetEngagementsAsync(Anna, Home);
            return call.IsCompletedSuccessfully && probe(call.Result) ? call.Result : null;
        }, what);

    public async ValueTask DisposeAsync()
    {
        Portal.Release();
        var disposing = Client.DisposeAsync().AsTask();
        await Eventually.TrueAsync(() =>
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            return disposing.IsCompleted;
        }, "the client to dispose");
        await disposing;
        await Portal.DisposeAsync();
        Logs.Dispose();
    }
}
