using Adoption.Portal.Analytics;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>The figures read from rollups equal the same figures counted from the raw demo events.</summary>
public sealed class TheAdoptionFigures(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MatchACountOfTheRawEvents()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        using var scope = portal.Services.CreateScope();
        var figures = await scope.ServiceProvider.GetRequiredService<AdoptionFigures>().ForAccountAsync(1, today);

        await using var db = portal.CreateDb();
        var events = await db.TrackedEvents.Where(e => e.AccountId == 1 && e.Type == "track").Select(e => new { e.UserId, e.FeatureId, e.Day }).ToListAsync();
        var month = events.Where(e => e.Day > today.AddDays(-30) && e.Day <= today).ToList();
        var features = await db.KeyFeatures.CountAsync();
        var monthly = month.Select(e => e.UserId).Distinct().Count();
        Assert.True(monthly > 0, "the demo account is active");
        Assert.Equal(monthly, figures.MonthlyActiveUsers);
        Assert.Equal(month.Where(e => e.Day > today.AddDays(-7)).Select(e => e.UserId).Distinct().Count(), figures.WeeklyActiveUsers);
        Assert.Equal(month.Where(e => e.Day == today).Select(e => e.UserId).Distinct().Count(), figures.DailyActiveUsers);
        Assert.Equal((double)month.Select(e => e.FeatureId).Distinct().Count() / features, figures.Breadth, 6);
        Assert.Equal(month.GroupBy(e => e.UserId).Average(g => g.Select(e => e.FeatureId).Distinct().Count()), figures.Depth, 6);
        Assert.Equal(month.Select(e => (e.UserId, e.Day)).Distinct().Count() / 30.0 / monthly, figures.Stickiness, 6);
        var created = DateOnly.FromDateTime(await db.Accounts.Where(a => a.Id == 1).Select(a => a.CreatedAt).SingleAsync());
        Assert.Equal(Math.Max(0, events.Min(e => e.Day).DayNumber - created.DayNumber), figures.DaysToFirstValue);

        var daily = await scope.ServiceProvider.GetRequiredService<AdoptionFigures>().DailyAsync(1, today.AddDays(-6), today);
        Assert.Equal(7, daily.Count);
        Assert.Equal(daily.Select(d => events.Where(e => e.Day == d.Day).Select(e => e.UserId).Distinct().Count()), daily.Select(d => d.ActiveUsers));
        Assert.Equal(figures.Breadth, daily[^1].Breadth, 6);
    }
}
