using Microsoft.Extensions.Options;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// Runs every program at each time of <see cref="EmailProgramOptions.Cron"/> (Cronos; every 15 minutes by default) with
/// <see cref="ProgramRun.Scheduled"/>: each program picks the contacts whose local send time has come.
/// Harmless with several portal instances: the (program, contact, period) key lets only one queue each email.
/// </summary>
internal sealed partial class ProgramScheduler(
    IServiceScopeFactory scopes, IOptions<EmailProgramOptions> options, TimeProvider clock, ILogger<ProgramScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Schedule)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunDueAsync(stoppingToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var next = Cronos.CronExpression.Parse(options.Value.Cron).GetNextOccurrence(now) ?? now.AddMinutes(15);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    internal async Task RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<EmailProgramRunner>();
        foreach (var program in runner.All)
        {
            try
            {
                var summary = await runner.RunAsync(program, new ProgramRun(clock.GetUtcNow().UtcDateTime, Scheduled: true), cancellationToken: cancellationToken);
                if (summary.Queued > 0)
                {
                    LogRan(summary.ToString());
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One program's failure (a broken template edit) must not stop the others; the next round retries.
                LogFailed(e, program.Name);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Email program run: {Summary}")]
    private partial void LogRan(string summary);

    [LoggerMessage(LogLevel.Error, "Email program {Program} failed; it runs again at the next round.")]
    private partial void LogFailed(Exception e, string program);
}
