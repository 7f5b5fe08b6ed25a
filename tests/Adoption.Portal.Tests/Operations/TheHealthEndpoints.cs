using System.Net;
using System.Text.Json;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Ingestion.Writing;
using Adoption.Portal.Operations;
using Adoption.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Portal.Tests.Operations;

public sealed class TheHealthEndpoints(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SayLiveWithoutSigningIn()
    {
        var response = await portal.CreatePortalClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"status":"Healthy","checks":{}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SayReadyWhenTheDatabaseIsMigrated()
    {
        var response = await portal.CreatePortalClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task ListTheOutboxAndTheIngestionWriterAsReady()
    {
        using var body = JsonDocument.Parse(await portal.CreatePortalClient().GetStringAsync("/health/ready"));

        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("outbox").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("ingestion-writer").GetProperty("status").GetString());
    }

    [Fact]
    public async Task CallTheOutboxStuckWhenADueEmailWaitsLongerThanAQuarterOfAnHour()
    {
        var now = portal.Clock.GetUtcNow();
        await using var db = portal.CreateDb();
        // Backed off for an hour on the portal's clock, so its sender leaves it alone in this test.
        db.EmailOutbox.Add(new EmailMessage
        {
            To = "stuck@example.com", Subject = "Stuck", TextBody = "-", CreatedAt = now.UtcDateTime, NextAttemptAt = now.UtcDateTime.AddHours(1),
        });
        await db.SaveChangesAsync();

        var justDue = await new OutboxReadyCheck(db, new FakeTimeProvider(now.AddHours(1).AddMinutes(14))).CheckHealthAsync(new HealthCheckContext());
        var longDue = await new OutboxReadyCheck(db, new FakeTimeProvider(now.AddHours(1).AddMinutes(16))).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, justDue.Status);
        Assert.Equal(HealthStatus.Unhealthy, longDue.Status);
        Assert.Contains("1 due email", longDue.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTheIngestionWriterReadyWhileNothingWaitsForIt()
    {
        var queue = portal.Services.GetRequiredService<IngestionQueue>();

        var result = await new IngestionWriterReadyCheck(queue).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.True(queue.OldestWait < IngestionWriterReadyCheck.StuckAfter);
    }
}
