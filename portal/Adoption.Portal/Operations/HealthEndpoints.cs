using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adoption.Portal.Operations;

/// <summary>
/// Probes for load balancers and orchestrators: <c>/health/live</c> says the process serves requests;
/// <c>/health/ready</c> says it can do its work (each check listed, 503 when one fails).
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddOperations(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [Ready])
            .AddCheck<OutboxReadyCheck>("outbox", tags: [Ready])
            .AddCheck<IngestionWriterReadyCheck>("ingestion-writer", tags: [Ready]);

    /// <summary>Extra readiness checks registered by other areas (the outbox, the ingestion writer).</summary>
    public static IHealthChecksBuilder AddReadinessCheck<T>(this IHealthChecksBuilder checks, string name) where T : class, IHealthCheck =>
        checks.AddCheck<T>(name, tags: [Ready]);

    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
