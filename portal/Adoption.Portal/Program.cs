using Adoption.Portal.Analytics;
using Adoption.Portal.Attention;
using Adoption.Portal.Demo;
using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;
using Adoption.Portal.Engagements;
using Adoption.Portal.Health;
using Adoption.Portal.Ingestion;
using Adoption.Portal.Nps;
using Adoption.Portal.Onboarding;
using Adoption.Portal.Operations;
using Adoption.Portal.Pages.Csm.Portfolio;
using Adoption.Portal.Revenue;
using Adoption.Portal.Reviews;
using Adoption.Portal.Security;
using Adoption.Portal.ServerKeys;
using Adoption.Portal.Training;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalPages();
builder.AddHealth();
builder.AddEmail();
builder.AddIngestion();
builder.AddAnalytics();
builder.AddAttention();
builder.AddServerKeys();
builder.AddEngagements();
builder.AddOperations();
builder.AddRevenue();
builder.AddOnboarding();
builder.AddSecurity();
builder.AddEmailPrograms();
builder.AddPortfolio();
builder.AddNps();
builder.AddTraining();
builder.AddDemo();
builder.AddReviews();

var app = builder.Build();

if (args.Contains("migrate"))
{
    // Operator command for a shared database: `Adoption.Portal migrate`, then exit.
    await app.Services.MigrateAsync();
    app.Logger.LogInformation("Database migrated.");
    return;
}

if (args.Contains("rebuild-rollups"))
{
    // Operator command: recount adoption rollups from the raw events, then exit.
    await app.Services.RebuildRollupsAsync();
    app.Logger.LogInformation("Rollups rebuilt from raw events.");
    return;
}

if (await app.RunOnboardingCommandAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();
if (await app.RunEmailProgramsCommandAsync(args))
{
    // Operator command: `Adoption.Portal programs run weekly-digest`, then exit.
    return;
}

app.UseSecurity();
app.UsePortalPages();
app.MapIngestionApi();
app.MapServerKeyApi();
app.MapEngagementApi();
app.MapNpsApi();
app.MapHealthEndpoints();
app.MapOnboardingApi();
app.PrintWelcomeWhenStarted();

await app.RunAsync();

/// <summary>The portal's entry point; public so integration tests can host it.</summary>
public partial class Program;
