using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;

namespace Adoption.Portal.Tests.Session;

/// <summary>A session ends after 30 idle minutes, and after 12 hours however busy.</summary>
public sealed class SessionExpiry(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task EndsAfterThirtyIdleMinutes()
    {
        var client = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);

        portal.Clock.Advance(TimeSpan.FromMinutes(31));

        var response = await client.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/signin", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndsAfterTwelveHoursEvenWhenActive()
    {
        var client = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var signedInFor = TimeSpan.Zero;
        while (signedInFor < TimeSpan.FromHours(11.5))
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(20));
            signedInFor += TimeSpan.FromMinutes(20);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);
        }

        portal.Clock.Advance(TimeSpan.FromMinutes(40));
        var response = await client.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
