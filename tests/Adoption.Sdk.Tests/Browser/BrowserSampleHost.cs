using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Adoption.Sdk.Tests.Browser;

/// <summary>
/// The sample product on a real Kestrel port, its SDK talking to a fake portal, and Debian's Chromium driven by
/// Playwright (never downloaded; ADOPTION_CHROMIUM names another executable).
/// </summary>
public sealed class BrowserSampleHost : IAsyncLifetime
{
    private WebApplicationFactory<Program> _host = null!;
    private IPlaywright _playwright = null!;

    public FakeEngagementPortal Portal { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Portal = await FakeEngagementPortal.StartAsync();
        _host = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseEnvironment("Development")
            .UseSetting("Adoption:Endpoint", Portal.Endpoint.ToString())
            .UseSetting("Adoption:ServerKey", FakeEngagementPortal.ServerKey)
            .UseSetting("Adoption:DecisionCacheDuration", "00:00:00"));
        _host.UseKestrel(0);
        _host.StartServer();
        BaseUrl = _host.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ADOPTION_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context, signed in as <paramref name="userId"/> through the sample's sign-in page.</summary>
    public async Task<IPage> SignedInPageAsync(string userId)
    {
        for (var attempt = 1; ; attempt++)
        {
            var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl });
            // Generous waits: the suite shares two cores with builds and other browsers.
            context.SetDefaultTimeout(30_000);
            var page = await context.NewPageAsync();
            try
            {
                await page.GotoAsync("/SignIn");
                await page.ClickAsync($"button[data-user='{userId}']");
                // Committed is enough: what follows waits for the elements it needs.
                await page.WaitForURLAsync(BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
                return page;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                // A sign-in that hangs in the browser is tried again in a fresh context.
                await context.CloseAsync();
            }
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
        await Portal.DisposeAsync();
    }
}
