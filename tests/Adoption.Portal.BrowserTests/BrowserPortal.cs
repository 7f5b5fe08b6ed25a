using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests;

/// <summary>
/// The portal on a real Kestrel port and Debian's Chromium driven by Playwright. Browsers are never
/// downloaded: set ADOPTION_CHROMIUM to use another executable than /usr/bin/chromium.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public class BrowserPortal : IAsyncLifetime
{
    private readonly KestrelPortalFactory factory;
    private IPlaywright? playwright;

    public BrowserPortal()
        : this(null)
    {
    }

    /// <summary>For fixtures whose portal needs more settings, such as an SMTP server.</summary>
    protected BrowserPortal(Action<IWebHostBuilder>? configure) => factory = new KestrelPortalFactory(configure);

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public PortalFactory Portal => factory;

    public async Task InitializeAsync()
    {
        // A known port, so the links in the portal's emails (Email:PublicUrl) point at this very server.
        factory.Port = SmtpServer.FreePort();
        factory.UseKestrel(factory.Port);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/').Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ADOPTION_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    static BrowserPortal() => Assertions.SetDefaultExpectTimeout(15_000);

    /// <summary>A fresh browser context (its own cookies) with a page on the portal.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", bool javaScript = true)
    {
        var context = await NewContextAsync(new() { BaseURL = BaseUrl, Locale = locale, JavaScriptEnabled = javaScript });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A browser context with patient waits: on a two-core machine running the portal, a host, Chromium and the test
    /// runner at once, a first page can take many seconds. The waits only bound a test; they measure nothing.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return context;
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    // Plain http on loopback: Secure-only cookies are proven by the HTTP tests, which run as https.
    private sealed class KestrelPortalFactory(Action<IWebHostBuilder>? configure) : PortalFactory
    {
        public int Port { get; set; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:AllowHttp", "true");
            builder.UseSetting("Email:PublicUrl", $"http://localhost:{Port}");
            configure?.Invoke(builder);
        }
    }
}
