namespace Adoption.Portal.Health;

/// <summary>The account's last 90 days of health, as a chart over an accessible table.</summary>
public sealed class HealthHistoryViewComponent(HealthHistory history, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int accountId, AccountHealth health)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Today's point is the score the CSM is looking at, so the chart never contradicts the page.
        await history.RecordAsync(accountId, health, today);
        return View(await history.ChartAsync(accountId, today));
    }
}
