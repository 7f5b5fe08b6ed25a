using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health;
using Adoption.Portal.Health.Risks;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Health.Risks;

/// <summary>On the demo: rules open their risks once, and close them with a note when the condition clears.</summary>
public sealed class TheRiskSignals(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OpensARenewalRiskOnceAndClosesItWhenTheRenewalMovesOutOfTheWindow()
    {
        await using var db = portal.CreateDb();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var fabrikam = await db.Accounts.SingleAsync(a => a.Name == "Fabrikam Manufacturing");
        fabrikam.RenewalDate = today.AddDays(60);
        await db.SaveChangesAsync();

        var first = await RunAsync(fabrikam.Id, today);
        var second = await RunAsync(fabrikam.Id, today);

        Assert.True(first.Opened >= 1);
        Assert.Equal((0, 0), second);
        var risk = await db.Risks.AsNoTracking().SingleAsync(r => r.AccountId == fabrikam.Id && r.Rule == RiskRules.RenewalAtRisk && r.ResolvedAt == null);
        Assert.Equal(RiskCategory.Renewal, risk.Category);
        Assert.Equal("Renewal in 60 days with health not green", risk.Title);

        fabrikam.RenewalDate = today.AddDays(300);
        await db.SaveChangesAsync();
        await RunAsync(fabrikam.Id, today);

        var closed = await db.Risks.AsNoTracking().SingleAsync(r => r.Id == risk.Id);
        Assert.NotNull(closed.ResolvedAt);
        Assert.Contains("Closed by itself", closed.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaisesCompanyRiskWhenTheChampionLeavesAndLeavesHandRaisedRisksAlone()
    {
        await using var db = portal.CreateDb();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var champion = await db.Contacts.FirstAsync(c => c.AccountId == 7 && c.Role == ContactRole.Champion);
        var byHand = await db.Risks.Where(r => r.ResolvedAt == null && r.Rule == null).Select(r => r.Id).ToListAsync();
        champion.LeftAt = portal.Clock.GetUtcNow().UtcDateTime.AddDays(-3);
        await db.SaveChangesAsync();

        await RunAsync(7, today);

        Assert.True(await db.Risks.AnyAsync(r => r.AccountId == 7 && r.Rule == RiskRules.KeyPersonLeft && r.ResolvedAt == null));
        Assert.Equal(byHand.Count, await db.Risks.CountAsync(r => byHand.Contains(r.Id) && r.ResolvedAt == null));
    }

    private async Task<(int Opened, int Closed)> RunAsync(int accountId, DateOnly today)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RiskSignals>().RunAsync([accountId], today, new RiskThresholds());
    }
}
