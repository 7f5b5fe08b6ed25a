namespace Adoption.Portal.Health;

/// <summary>
/// Records every account's health once a night (02:00 UTC), so the history has a point for each day
/// even when nobody opened the account and only usage changed, then runs the risk rules.
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
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var count = await history.RecordAllAsync(today, stoppingToken);
                LogRecorded(count);
                var ids = await scope.ServiceProvider.GetRequiredService<Data.AdoptionDb>().Accounts
                    .Where(a => a.ArchivedAt == null).Select(a => a.Id).ToListAsync(stoppingToken);
                var (opened, closed) = await scope.ServiceProvider.GetRequiredService<Risks.RiskSignals>().RunAsync(ids, today, stoppingToken);
                LogRisks(opened, closed);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Risk rules opened {Opened} risks and closed {Closed}.")]
    private partial void LogRisks(int opened, int closed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording the nightly health snapshots failed.")]
    private partial void LogFailed(Exception ex);
}
