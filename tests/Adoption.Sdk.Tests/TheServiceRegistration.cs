using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Sdk.Tests;

public sealed class TheServiceRegistration
{
    [Fact]
    public async Task UsesTheContainersHttpClientClockAndLoggingAndFlushesWhenTheContainerIsDisposed()
    {
        await using var portal = await RecordingPortal.StartAsync();
        var clock = new FakeTimeProvider(SdkHarness.Start);
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ILoggerFactory>(logs)
            .AddAdoption(o =>
            {
                o.WriteKey = "wk_from_di";
                o.Endpoint = portal.Endpoint;
            });
        services.AddHttpClient(AdoptionClient.HttpClientName, http => http.DefaultRequestHeaders.Add("X-Host-Product", "sample"));
        var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IAdoptionClient>();
        Assert.Same(client, provider.GetRequiredService<IAdoptionClient>());
        client.Track("u1", "Report Created");
        await provider.DisposeAsync();

        var batch = Assert.Single(portal.Batches);
        Assert.Equal("sample", batch.Headers["X-Host-Product"]);
        Assert.Equal("2025-03-01T09:00:00+00:00", batch.Messages[0].GetProperty("timestamp").GetString());
        Assert.Contains(logs.Entries, e => e.EventId == 4);
    }

    [Fact]
    public async Task TakesOptionsFromConfigurationLikeAnyOptionsClass()
    {
        var services = new ServiceCollection()
            .AddAdoption(o => o.WriteKey = "first")
            .AddAdoption(o => o.FlushAt = 7);
        await using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AdoptionOptions>>().Value;

        Assert.Equal(("first", 7), (options.WriteKey, options.FlushAt));
        Assert.Single(services, s => s.ServiceType == typeof(IAdoptionClient));
    }
}
