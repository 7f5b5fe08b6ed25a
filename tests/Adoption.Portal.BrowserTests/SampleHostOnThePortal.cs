extern alias SampleHost;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests;

/// <summary>
/// The portal (demo seeded) and the SDK's sample host product, each on its own Kestrel port, the host's SDK
/// talking to this portal with the demo keys its Development settings carry.
/// </summary>
public sealed class SampleHostOnThePortal : BrowserPortal, IAsyncLifetime
{
    private WebApplicationFactory<SampleHost::Program>? host;

    public string HostUrl { get; private set; } = "";

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        host = new WebApplicationFactory<SampleHost::Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Development")
            .UseSetting("Adoption:Endpoint", BaseUrl + "/")
            // Every page view asks the portal, so a reload shows what the portal decides now, not the SDK's cache.
            .UseSetting("Adoption:DecisionCacheDuration", "00:00:00")
            // A two-core machine running the portal, the host and Chromium may need more than the production budget.
            .UseSetting("Adoption:DecisionTimeout", "00:00:20"));
        host.UseKestrel(0);
        host.StartServer();
        HostUrl = host.ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }

    /// <summary>A fresh browser context on the host product, signed in as <paramref name="userId"/> by its sample sign-in page.</summary>
    public async Task<IPage> SignedInHostPageAsync(string userId)
    {
        var context = await NewContextAsync(new() { BaseURL = HostUrl, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/SignIn");
        await page.ClickAsync($"button[data-user='{userId}']");
        await page.WaitForURLAsync(HostUrl + "/");
        return page;
    }

    public override async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
