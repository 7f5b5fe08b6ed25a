using Adoption.Portal.AccessLinks;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>The portal as a vendor installs it for real: an empty database, no demo.</summary>
public sealed class FreshPortalFactory : PortalFactory
{
    protected override bool StartEmpty => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", "false");
    }

    /// <summary>Runs <c>create-admin</c> against this portal's database and returns its exit code and output.</summary>
    public async Task<(int ExitCode, string Output)> CreateAdminAsync(string? email)
    {
        _ = Services; // the host (and its migrated database) exists before the command runs
        var output = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(Services, email, output);
        return (code, output.ToString());
    }
}
