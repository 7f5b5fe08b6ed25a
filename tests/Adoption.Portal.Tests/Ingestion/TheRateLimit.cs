using System.Net;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>A portal whose keys may send 10 messages at once and 1 more every 10 minutes, so a slow
/// machine cannot refill the bucket between two requests.</summary>
public sealed class RateLimitedPortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingestion:BurstEventsPerKey", "10");
        builder.UseSetting("Ingestion:EventsPerSecondPerKey", "1");
        builder.UseSetting("Ingestion:LowRateRefillPeriod", "00:10:00");
    }
}

public sealed class TheRateLimit(RateLimitedPortal portal) : IClassFixture<RateLimitedPortal>
{
    [Fact]
    public async Task AnswersABurstFromOneKeyWith429WhileOtherKeysAreServed()
    {
        const string other = "wk_other_77c1e0a4b9d24f8e8b3a5c6d";
        await portal.AddWriteKeyAsync(other);
        var client = portal.CreatePortalClient();
        var burst = TrackingApi.Batch(Enumerable.Range(0, 10).Select(i => TrackingApi.Track($"burst-{i}")).ToArray());

        var first = await client.PostAsync("/v1/batch", burst);
        var second = await client.PostAsync("/v1/batch", TrackingApi.Batch(TrackingApi.Track("burst-over")));
        var otherKey = await client.PostAsync("/v1/batch", TrackingApi.Batch(TrackingApi.Track("other-key-1")), writeKey: other);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After names a wait");
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }
}
