using System.Net;
using System.Security.Claims;
using Adoption.Sdk.AspNetCore;
using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests.AspNetCore;

/// <summary>
/// A real host on 127.0.0.1 with the web package's endpoint, its SDK pointed at a fake portal. Its "sign-in" is
/// the X-Signed-In header, turned into the name-identifier claim the default resolver reads.
/// </summary>
public sealed class HostApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HostApp(WebApplication app, FakeEngagementPortal portal, HttpClient browser)
    {
        (_app, Portal, Browser) = (app, portal, browser);
    }

    public FakeEngagementPortal Portal { get; }

    /// <summary>Keeps cookies (the antiforgery cookie) and does not follow redirects, like a browser tab we can inspect.</summary>
    public HttpClient Browser { get; }

    public IAdoptionClient Adoption => _app.Services.GetRequiredService<IAdoptionClient>();

    public static async Task<HostApp> StartAsync(Action<AdoptionAspNetCoreOptions>? configure = null)
    {
        var portal = await FakeEngagementPortal.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAdoption(o =>
        {
            o.WriteKey = SdkHarness.WriteKey;
            o.ServerKey = FakeEngagementPortal.ServerKey;
            o.Endpoint = portal.Endpoint;
        });
        builder.Services.AddAdoptionAspNetCore(configure);
        var app = builder.Build();
        app.Use((http, next) =>
        {
            if (http.Request.Headers["X-Signed-In"].ToString() is { Length: > 0 } user)
            {
                http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], "test"));
            }

            return next(http);
        });
        app.MapAdoptionEndpoints();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
#pragma warning disable CA2000 // The host app owns and disposes the handler with the client.
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(address) };
#pragma warning restore CA2000
        return new HostApp(app, portal, browser);
    }

    /// <summary>
    /// Asks for the antiforgery token as the script does the first time the user acts (the page carries none), and
    /// returns it; the browser keeps the cookie it comes with.
    /// </summary>
    public async Task<string> AntiforgeryTokenAsync(string user)
    {
        using var response = await GetTokenAsync(user);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token"]!.GetValue<string>();
    }

    public async Task<HttpResponseMessage> GetTokenAsync(string? user, string path = "/_adoption/outcomes/token")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null)
        {
            request.Headers.Add("X-Signed-In", user);
        }

        return await Browser.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string? user, HttpContent content, string path = "/_adoption/outcomes", string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (user is not null)
        {
            request.Headers.Add("X-Signed-In", user);
        }

        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        return await Browser.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
