using Adoption.Portal.Health;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Health;

/// <summary>On the demo: healthy accounts score green, stalled ones red, each from live signals.</summary>
public sealed class TheHealthScorer(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ScoresTheDemoPortfolioFromItsSignals()
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Adoption.Portal.Data.AdoptionDb>();
        var scorer = scope.ServiceProvider.GetRequiredService<HealthScorer>();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var names = await db.Accounts.ToDictionaryAsync(a => a.Name, a => a.Id);

        var health = await scorer.ScoreAsync(names.Values.ToList(), today);

        Assert.Equal(HealthColor.Green, health[names["Contoso Retail"]].Color);
        Assert.Equal(HealthColor.Red, health[names["Fabrikam Manufacturing"]].Color);
        Assert.Contains(health[names["Fabrikam Manufacturing"]].Reasons, r => r.Key == HealthReasons.OpenRisks);
        Assert.Equal(health[names["Contoso Retail"]], await scorer.ScoreAsync(names["Contoso Retail"], today), new HealthComparer());
    }

    private sealed class HealthComparer : IEqualityComparer<AccountHealth>
    {
        public bool Equals(AccountHealth? x, AccountHealth? y) => x!.Score == y!.Score && x.Color == y.Color && x.Reasons.Count == y.Reasons.Count;

        public int GetHashCode(AccountHealth obj) => obj.Score;
    }
}
