using Adoption.Portal.Domain.Accounts;
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
        var names = await NamesAsync();

        var health = await ScoreAsync(names.Values.ToList());

        Assert.Equal(HealthColor.Green, health[names["Contoso Retail"]].Color);
        Assert.Equal(HealthColor.Red, health[names["Fabrikam Manufacturing"]].Color);
        Assert.Contains(health[names["Fabrikam Manufacturing"]].Reasons, r => r.Key == HealthReasons.OpenRisks);
        Assert.Equal(health[names["Contoso Retail"]].Score, (await ScoreAsync([names["Contoso Retail"]]))[names["Contoso Retail"]].Score);
    }

    [Fact]
    public async Task JudgesNorthwindByTheSeatsItBoughtNotThePeopleItInvited()
    {
        var northwind = (await NamesAsync())["Northwind Logistics"];

        var health = (await ScoreAsync([northwind]))[northwind];

        // The demo's Northwind uses most of its 350 seats; its five portal people are not the measure.
        var seats = Assert.Single(health.Reasons, r => r.Key is HealthReasons.FewSeatsUsed or HealthReasons.SeatsUsed);
        Assert.Equal(HealthReasons.SeatsUsed, seats.Key);
        Assert.Equal(350, (int)seats.Args[1]);
        Assert.True((int)seats.Args[0] > 5);
    }

    [Fact]
    public async Task DoesNotLowerHealthWhenAColleagueIsInvited()
    {
        var northwind = (await NamesAsync())["Northwind Logistics"];
        var before = (await ScoreAsync([northwind]))[northwind];

        await using (var db = portal.CreateDb())
        {
            db.Contacts.Add(new Contact { AccountId = northwind, Name = "New Colleague", Email = "new.colleague@northwind.example", Role = ContactRole.User });
            await db.SaveChangesAsync();
        }

        var after = (await ScoreAsync([northwind]))[northwind];
        Assert.Equal(before.Score, after.Score);
        Assert.Equal(before.Color, after.Color);
    }

    private async Task<Dictionary<string, int>> NamesAsync()
    {
        await using var db = portal.CreateDb();
        return await db.Accounts.ToDictionaryAsync(a => a.Name, a => a.Id);
    }

    private async Task<IReadOnlyDictionary<int, AccountHealth>> ScoreAsync(IReadOnlyCollection<int> ids)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HealthScorer>().ScoreAsync(ids, DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime));
    }
}
