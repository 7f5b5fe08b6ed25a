using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adoption.Portal.Tests.Security;

/// <summary>The portal with its shipped rate limits (the shared test portal lifts them) and its security log captured.</summary>
public sealed class RateLimitedPortal : PortalFactory
{
    public SecurityLogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RateLimits:PerAddress", "30");
        builder.UseSetting("Security:RateLimits:PerAccount", "10");
        builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(Log));
    }
}
