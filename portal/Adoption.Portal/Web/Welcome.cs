using Adoption.Portal.Data;
using Adoption.Portal.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Adoption.Portal.Web;

internal static class Welcome
{
    /// <summary>Once listening, tells a newcomer where to go and how to sign in.</summary>
    public static void PrintWelcomeWhenStarted(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault() ?? "(no address)";
            var lines = new List<string> { "", $"  Adoption portal: {url}", $"  Database: {options.Provider}" };
            if (options.SeedDemoData)
            {
                lines.Add($"  Demo sign-ins (password {DemoSignIns.Password}):");
                lines.AddRange(DemoSignIns.All.Select(s => $"    {s.Email,-36} {s.Role}{(s.Company is null ? "" : $", {s.Company}")}"));
                lines.Add($"  Demo SDK write key: {DemoSignIns.WriteKey}");
                lines.Add($"  Demo SDK server key (secret; for the host's server only): {DemoServerKey.Value}");
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
    }
}
