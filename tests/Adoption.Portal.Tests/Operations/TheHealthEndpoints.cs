using System.Net;
using System.Text.Json;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Adoption.Portal.Tests.Operations;

public sealed class TheHealthEndpoints(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SayLiveWithoutSigningIn()
    {
        var response = await portal.CreatePortalClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SayReadyWhenTheDatabaseIsMigrated()
    {
        var response = await portal.CreatePortalClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task SayNotReadyWhileMigrationsArePending()
    {
        await using var unmigrated = new UnmigratedPortal();

        var response = await unmigrated.CreatePortalClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var database = body.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Contains("not applied; run `Adoption.Portal migrate`", database.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await unmigrated.CreatePortalClient().GetAsync("/health/live")).StatusCode);
    }

    private sealed class UnmigratedPortal : PortalFactory
    {
        protected override bool StartEmpty => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Database:MigrateOnStart", "false");
            builder.UseSetting("Demo:Seed", "false");
        }
    }
}
