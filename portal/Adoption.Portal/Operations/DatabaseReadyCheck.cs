using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adoption.Portal.Operations;

/// <summary>Ready only when the database answers and every migration this build knows is applied.</summary>
internal sealed class DatabaseReadyCheck(AdoptionDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Reachable; every migration applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied; run `Adoption.Portal migrate`. First: {pending[0]}.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception text can carry a connection string; the log has it, the probe does not.
            return HealthCheckResult.Unhealthy("The database could not be read.", e);
        }
    }
}
