using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Security;

/// <summary>The Data Protection keys live in the database, so a second instance on the same database reads the first one's cookies.</summary>
public sealed class TheKeyRing(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task IsSharedThroughTheDatabaseByEveryInstance()
    {
        var (client, cookie) = await SignInAsync();
        await using var db = portal.CreateDb();
        Assert.NotEmpty(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        // Another portal process on the same database file, sharing no folder with the first.
        await using var second = new SameDatabasePortal(portal.DatabasePath);
        var other = second.CreatePortalClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);
    }

    private async Task<(HttpClient, string)> SignInAsync()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-adoption.session=", StringComparison.Ordinal)).Split(';')[0]);
    }

    /// <summary>Its own (never created) file is what it deletes on dispose; the shared file stays the first portal's.</summary>
    private sealed class SameDatabasePortal(string path) : PortalFactory
    {
        protected override bool StartEmpty => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Adoption", $"Data Source={path}");
        }
    }
}
