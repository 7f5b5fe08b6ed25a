using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Data;

/// <summary>First start on an empty file: the portal migrates, switches to WAL and seeds the demo.</summary>
public sealed class AFreshDatabase(EmptyPortalFactory portal) : IClassFixture<EmptyPortalFactory>
{
    [Fact]
    public async Task IsMigratedAndInWalMode()
    {
        await using var db = portal.CreateDb();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task HoldsTheWholeDemo()
    {
        await using var db = portal.CreateDb();
        Assert.Equal(DemoAccounts.All.Length, await db.Accounts.CountAsync());
        Assert.Equal(DemoAccounts.All.Sum(c => c.People.Length), await db.Contacts.CountAsync());
        Assert.Equal(["en", "fi", "it", "zh-Hans"], (await db.Contacts.Select(c => c.Locale).Distinct().ToListAsync()).Order(StringComparer.Ordinal));
        // Plans are agreed in the first month: the newest account is still waiting for its plan.
        Assert.Equal(DemoAccounts.All.Count(c => c.AgeInDays >= 30), await db.Plans.CountAsync());
        Assert.Equal(DemoAccounts.All.Length - 1, await db.Plans.CountAsync());
        Assert.True(await db.Milestones.AnyAsync(m => !m.CustomerVisible), "the demo shows internal items exist");
        Assert.True(await db.Milestones.AnyAsync(m => m.Status == MilestoneStatus.Done));
        Assert.True(await db.ValueEntries.AnyAsync());
        Assert.True(await db.Enrolments.AnyAsync(e => e.CompletedAt != null));
        Assert.True(await db.NpsResponses.AnyAsync(n => n.Score <= 6) && await db.NpsResponses.AnyAsync(n => n.Score >= 9));
        Assert.Equal(DemoSignIns.All.Count + 1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task SpansEverySegmentStageAndARenewalWithinSixtyDays()
    {
        await using var db = portal.CreateDb();
        var accounts = await db.Accounts.ToListAsync();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(3, accounts.Select(a => a.Segment).Distinct().Count());
        Assert.Equal(5, accounts.Select(a => a.Stage).Distinct().Count());
        Assert.Contains(accounts, a => a.RenewalDate.DayNumber - today.DayNumber is > 0 and <= 60);
    }

    [Fact]
    public async Task HasNinetyDaysOfAdoptionEventsWithTheirRollups()
    {
        await using var db = portal.CreateDb();
        var events = await db.TrackedEvents.Select(e => new { e.Timestamp, e.FeatureId, e.Type }).ToListAsync();
        Assert.InRange((events.Max(e => e.Timestamp) - events.Min(e => e.Timestamp)).TotalDays, 80, 90);
        // Key-feature use is rolled up per person and day; every track call per person and event name.
        Assert.Equal(events.Count(e => e.FeatureId != null), await db.UserFeatureDays.SumAsync(r => r.Events));
        Assert.Equal(events.Count(e => e.Type == "track"), await db.UserEvents.SumAsync(r => r.Events));
        Assert.Contains(events, e => e.FeatureId == null); // the demo also tracks events that are no key feature
    }
}
