using Adoption.Portal.Ingestion.Writing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adoption.Portal.Operations;

/// <summary>
/// Not ready when an email that is due has waited longer than <see cref="StuckAfter"/>: the sender
/// retries failures with a backoff that moves each message's due time on, so a message that stays
/// overdue means no sender is working the outbox.
/// </summary>
internal sealed class OutboxReadyCheck(AdoptionDb db, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(15);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var overdueSince = clock.GetUtcNow().UtcDateTime - StuckAfter;
        var stuck = await db.EmailOutbox.IgnoreQueryFilters()
            .CountAsync(m => m.SentAt == null && m.FailedAt == null && (m.NextAttemptAt ?? m.CreatedAt) < overdueSince, cancellationToken);
        return stuck == 0
            ? HealthCheckResult.Healthy("Every due email is being sent.")
            : HealthCheckResult.Unhealthy($"{stuck} due email(s) waiting more than {StuckAfter.TotalMinutes:0} minutes: the outbox sender is not working.");
    }
}

/// <summary>Not ready when a tracking request has waited longer than <see cref="StuckAfter"/> for the single writer.</summary>
internal sealed class IngestionWriterReadyCheck(IngestionQueue queue) : IHealthCheck
{
    public static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var wait = queue.OldestWait;
        return Task.FromResult(wait < StuckAfter
            ? HealthCheckResult.Healthy("The ingestion writer keeps up.")
            : HealthCheckResult.Unhealthy($"A tracking request has waited {wait.TotalSeconds:0} s for the ingestion writer."));
    }
}
