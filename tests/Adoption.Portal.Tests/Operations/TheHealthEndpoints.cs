using System.Net;
using System.Text.Json;
using Adoption.Testing;

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
}
