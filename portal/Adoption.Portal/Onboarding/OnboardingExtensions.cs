using Adoption.Portal.AccessLinks;
using Adoption.Portal.Import;
using Adoption.Portal.SupportTickets;

namespace Adoption.Portal.Onboarding;

/// <summary>Getting a fresh installation going: the first admin, staff, accounts, people, imports and sign-in links.</summary>
public static class OnboardingExtensions
{
    public static void AddOnboarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccessLinkIssuer>();
        builder.Services.AddScoped<StaffUsers>();
        builder.Services.AddScoped<Pages.Csm.Accounts.CustomerInvitations>();
        builder.Services.AddScoped<Import.AccountImporter>();
        builder.Services.AddScoped<Import.ContactImporter>();
        builder.Services.AddScoped<SupportTickets.TicketImporter>();
        builder.Services.AddScoped<Import.Importers>();
        builder.Services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, ViewAsClaims>();
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new ReadOnlyWhileViewingAs()));
    }

    /// <summary>The server-to-server calls of this area (secret server key).</summary>
    public static void MapOnboardingApi(this IEndpointRouteBuilder app)
    {
        app.MapSupportTicketApi();
        app.MapPortalLinkApi();
    }

    /// <summary>
    /// The operator commands of this area (<c>create-admin &lt;email&gt;</c>); true when one ran and the
    /// process should exit with <see cref="Environment.ExitCode"/>.
    /// </summary>
    public static async Task<bool> RunOnboardingCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Contains("create-admin"))
        {
            Environment.ExitCode = await CreateAdminCommand.RunAsync(app.Services, ArgumentAfter(args, "create-admin"), Console.Out);
            return true;
        }

        if (args.Contains("import"))
        {
            var at = Array.IndexOf(args, "import");
            Environment.ExitCode = await ImportCommand.RunAsync(app.Services, ArgumentAfter(args, "import"), at + 2 < args.Length ? args[at + 2] : null, Console.Out);
            return true;
        }

        // Tell a newcomer on an empty installation how to get in.
        app.Lifetime.ApplicationStarted.Register(() => PrintFirstRunHint(app));
        return false;
    }

    private static string? ArgumentAfter(string[] args, string command)
    {
        var at = Array.IndexOf(args, command);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>What the start-up banner adds while no staff user exists: how to create the first one.</summary>
    public static string? FirstRunHint(AdoptionDb db) => StaffUsers.AnyStaff(db)
        ? null
        : $"  No staff user yet. Create the first CS operations admin:{Environment.NewLine}    Adoption.Portal create-admin you@your-company.example";

    private static void PrintFirstRunHint(WebApplication app)
    {
        try
        {
            using var scope = app.Services.CreateScope();
            if (FirstRunHint(scope.ServiceProvider.GetRequiredService<AdoptionDb>()) is { } hint)
            {
                Console.WriteLine(hint + Environment.NewLine);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            // An unmigrated database says so on /health/ready; the hint is not worth failing start-up for.
        }
    }
}
