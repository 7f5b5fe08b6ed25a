namespace Adoption.Portal.Health;

/// <summary>
/// Records every account's health once a night (02:00 UTC), so the history has a point for each day
/// even when nobody opened the account and only usage changed.
/// </summary>
public sealed partial class HealthNightly(IServiceScopeFactory scopes, TimeProvider clock, ILogger<HealthNightly> log) : BackgroundService
{
    public static readonly TimeOnly RunAt = new(2, 0);

    /// <summary>The first run time strictly after <paramref name="now"/>.</summary>
    public static DateTime NextRun(DateTime now)
    {
        var today = DateOnly.FromDateTime(now).ToDateTime(RunAt, DateTimeKind.Utc);
        return today > now ? today : today.AddDays(1);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await Task.Delay(NextRun(now) - now, clock, stoppingToken);
            try
            {
                using var scope = scopes.CreateScope();
                var history = scope.ServiceProvider.GetRequiredService<HealthHistory>();
                var count = await history.RecordAllAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), stoppingToken);
                LogRecorded(count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad night must not stop the following ones.
                LogFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded the health of {Count} accounts.")]
    private partial void LogRecorded(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the nightly health snapshots failed.")]
    private partial void LogFailed(Exception ex);
}
