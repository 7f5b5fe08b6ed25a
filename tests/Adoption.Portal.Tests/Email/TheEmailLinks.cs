using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Email;


/// <summary>Links in emails carry the configured public address, never the request's Host header; without one the portal does not start outside Development.</summary>
public sealed partial class TheEmailLinks
{
    [Fact]
    public async Task LinksCarryTheConfiguredAddressWhateverTheHostHeaderSays()
    {
        await using var portal = new KestrelMailPortal();
        portal.UseKestrel(0);
        portal.StartServer();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = portal.ClientOptions.BaseAddress };
        client.DefaultRequestHeaders.Host = "evil.example";

        var asked = await client.PostFormAsync("/password/forgot", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var message = await portal.Mailbox.WaitForMessageToAsync(DemoSignIns.CustomerUser.Email);
        var link = ResetLink().Match(message.TextBody!).Value;
        Assert.StartsWith("https://localhost/password/reset/", link, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideDevelopmentThePortalDoesNotStartWithoutItsPublicAddress()
    {
        using var portal = new NoPublicUrlPortal();

        var failure = Assert.ThrowsAny<Exception>(() => portal.Services);

        Assert.Contains("Email:PublicUrl", failure.ToString(), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"https?://\S+/password/reset/[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();

    private sealed class KestrelMailPortal : MailPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:AllowHttp", "true");
        }
    }

    private sealed class NoPublicUrlPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Email:PublicUrl", "");
        }
    }
}
