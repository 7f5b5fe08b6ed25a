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
            lines.AddRange(app.Services.GetServices<IWelcomeNote>().SelectMany(n => n.Lines()));

            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
    }
}
