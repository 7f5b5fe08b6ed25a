using Adoption.Portal.Data;
using Adoption.Portal.Demo;
using Adoption.Portal.Email;
using Adoption.Portal.Health;
using Adoption.Portal.Identity;
using Adoption.Portal.Web;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalPages();
builder.AddHealth();
builder.AddEmail();
builder.Services.AddScoped<DemoSeeder>();

var app = builder.Build();

if (args.Contains("migrate"))
{
    // Operator command for a shared database: `Adoption.Portal migrate`, then exit.
    await app.Services.MigrateAsync();
    app.Logger.LogInformation("Database migrated.");
    return;
}

await app.PrepareDatabaseAsync();
app.UsePortalPages();
app.PrintWelcomeWhenStarted();

await app.RunAsync();

/// <summary>The portal's entry point; public so integration tests can host it.</summary>
public partial class Program;
