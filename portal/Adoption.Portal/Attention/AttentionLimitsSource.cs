using Adoption.Portal.Domain.Attention;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Attention;

/// <summary>
/// The limits in force: CS operations' saved settings, else configuration. Held in memory so a
/// decision never reads them from the database; this instance picks up a save at once
/// (<see cref="Use"/>) and other instances within <see cref="RefreshEvery"/>.
/// </summary>
public sealed class AttentionLimitsSource(IOptions<AttentionLimits> configured)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    private volatile AttentionLimits current = configured.Value;

    public AttentionLimits Current => current;

    /// <summary>The configured limits, which apply until CS operations save their own.</summary>
    public AttentionLimits Configured => configured.Value;

    public void Use(AttentionSettings? saved) => current = saved is null ? configured.Value : From(saved);

    public async Task RefreshAsync(AdoptionDb db, CancellationToken cancellationToken) =>
        Use(await db.AttentionSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken));

    public static AttentionLimits From(AttentionSettings s) => new()
    {
        InterruptingPerUserPerDay = s.InterruptingPerUserPerDay, AmbientPerUserPerDay = s.AmbientPerUserPerDay,
        EmailsPerContactPerWeek = s.EmailsPerContactPerWeek, InterruptingPerAccountPerDay = s.InterruptingPerAccountPerDay,
        SurveyWaitDays = s.SurveyWaitDays,
    };
}

/// <summary>Reads CS operations' limits at start and every half minute, for portals with several instances.</summary>
internal sealed class AttentionLimitsRefresher(AttentionLimitsSource source, IServiceScopeFactory scopes, TimeProvider clock, ILogger<AttentionLimitsRefresher> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(AttentionLimitsSource.RefreshEvery, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await source.RefreshAsync(scope.ServiceProvider.GetRequiredService<AdoptionDb>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The limits in memory stay in force; the next tick tries again.
                log.LogWarning(e, "Could not read the attention limits.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
