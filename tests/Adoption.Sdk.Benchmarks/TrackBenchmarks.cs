using Adoption.Sdk;
using BenchmarkDotNet.Attributes;
using Microsoft.ApplicationInsights;
using Microsoft.ApplicationInsights.Extensibility;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Adoption.Sdk.Benchmarks;

/// <summary>
/// The cost on the host's thread of each call, while the sender works in the background. The portal is
/// unreachable (nothing listens on the port), the worst case for the host: the queue fills and drops the oldest.
/// The baseline is what a .NET product would otherwise call for the same thing: Application Insights 3.2.0's
/// <see cref="TelemetryClient.TrackEvent(string, IDictionary{string, string}, IDictionary{string, double})"/>, its
/// exporter pointed at the same unreachable loopback port.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "GlobalCleanup disposes the client.")]
[Config(typeof(InProcessConfig))]
public class TrackBenchmarks
{
    private static readonly Dictionary<string, object?> Properties = new() { ["format"] = "pdf", ["pages"] = 12, ["shared"] = true };
    private static readonly Dictionary<string, string> StringProperties = new() { ["format"] = "pdf", ["pages"] = "12", ["shared"] = "true" };
    private static readonly UserTraits Traits = new() { Email = "anna@northwind.example", Name = "Anna", Role = "admin", Locale = "fi-FI" };
    private AdoptionClient _client = null!;
    private NoOpAdoptionClient _noOp = null!;
    private TelemetryConfiguration _telemetryConfiguration = null!;
    private TelemetryClient _appInsights = null!;

    [GlobalSetup]
    public void Setup()
    {
        _client = new AdoptionClient(new AdoptionOptions { WriteKey = "wk_bench", Endpoint = new Uri("http://127.0.0.1:9/"), ShutdownTimeout = TimeSpan.Zero });
        _noOp = new NoOpAdoptionClient();
        _telemetryConfiguration = new TelemetryConfiguration();
        _telemetryConfiguration.ConnectionString = "InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=http://127.0.0.1:9/";
        _appInsights = new TelemetryClient(_telemetryConfiguration);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _client.DisposeAsync();
        _telemetryConfiguration.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void AppInsightsTrackEvent() => _appInsights.TrackEvent("Report Created", StringProperties);

    [Benchmark]
    public void NoOpTrack() => _noOp.Track("u1", "Report Created", Properties);

    [Benchmark]
    public void Track() => _client.Track("u1", "Report Created", Properties);

    [Benchmark]
    public void TrackWithoutProperties() => _client.Track("u1", "Report Created");

    [Benchmark]
    public void Identify() => _client.Identify("u1", Traits);

    [Benchmark]
    public void InvalidTrack() => _client.Track(null, "Report Created");
}

/// <summary>Runs in the benchmark's own process: the repository's build settings stay out of a generated project.</summary>
public sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
{
    public InProcessConfig() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}
