using System.Globalization;
using System.Net;
using Adoption.Portal.Ingestion.Writing;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>
/// The incrementally kept rollups (per-day use and each person's event names) equal a brute-force
/// count over the raw events, after random traffic with retries, pages, screens, unknown accounts
/// and several days; and a rebuild agrees.
/// </summary>
public abstract class RollupCorrectness(PortalFactory portal)
{
    [Fact]
    public async Task MatchABruteForceCountOfTheRawEventsAndTheRebuild()
    {
        var random = new Random(42);
        var now = portal.Clock.GetUtcNow();
        var events = Enumerable.Range(0, 400).Select(i =>
        {
            var type = random.Next(10) switch { 0 => "page", 1 => "screen", _ => "track" };
            var group = random.Next(5) switch { 0 => "", 1 => ""","context":{"groupId":"acct-unknown"}""", var g => $$""","context":{"groupId":"acct-00{{g}}"}""" };
            var user = random.Next(4) == 0 ? $"\"anonymousId\":\"anon-{random.Next(5)}\"" : $"\"userId\":\"user-00{random.Next(1, 4)}-0{random.Next(1, 4)}\"";
            var name = new[] { "Report Scheduled", "Alert Created", "Dashboard Viewed", "Something Else" }[random.Next(4)];
            var properties = random.Next(3) == 0 ? ""","properties":{"platform":"mobile"}""" : "";
            var at = now.AddHours(-random.Next(0, 120)).ToString("O", CultureInfo.InvariantCulture);
            var nameField = type == "track" ? "event" : "name";
            return $$"""{"type":"{{type}}","messageId":"brute-{{i}}",{{user}},"{{nameField}}":"{{(type == "track" && random.Next(8) == 0 ? "App Opened" : name)}}","timestamp":"{{at}}"{{group}}{{properties}}}""";
        }).ToList();
        var client = portal.CreatePortalClient();
        foreach (var chunk in events.Chunk(50))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/batch", TrackingApi.Batch(chunk))).StatusCode);
        }

        // A client retrying part of it changes nothing.
        await client.PostAsync("/v1/batch", TrackingApi.Batch(events.Take(80).ToArray()));
        await portal.FlushRollupsAsync();

        var incremental = await SnapshotAsync();
        Assert.Equal(await BruteForceAsync(), incremental);
        Assert.True(incremental.UserFeatureDays.Count > 20, "the traffic reached the feature rollups");
        Assert.True(incremental.UserEvents.Count > 20, "the traffic reached the event rollup");
        await portal.Services.GetRequiredService<IngestionQueue>().RebuildRollupsAsync();
        Assert.Equal(incremental, await SnapshotAsync());
    }

    private async Task<Counts> SnapshotAsync()
    {
        await using var db = portal.CreateDb();
        return new Counts(
            (await db.UserFeatureDays.Select(r => $"{r.AccountId}|{r.FeatureId}|{r.Day:O}|{r.UserKey}={r.Events}").ToListAsync()).Order().ToList(),
            (await db.UserDays.Select(r => $"{r.AccountId}|{r.Day:O}|{r.UserKey}={r.Events}").ToListAsync()).Order().ToList(),
            (await db.AccountFeatureDays.Select(r => $"{r.AccountId}|{r.FeatureId}|{r.Day:O}={r.Events}/{r.Users}").ToListAsync()).Order().ToList(),
            (await db.UserEvents.Select(r => $"{r.AccountId}|{r.UserKey}|{r.Event}={r.Events}:{r.FirstDay:O}..{r.LastDay:O}").ToListAsync()).Order().ToList());
    }

    private async Task<Counts> BruteForceAsync()
    {
        await using var db = portal.CreateDb();
        var activity = (await db.TrackedEvents.AsNoTracking()
            .Where(e => e.AccountId != null && (e.Type == "track" || e.Type == "page" || e.Type == "screen"))
            .Select(e => new { Account = e.AccountId!.Value, User = e.UserId ?? e.AnonymousId, e.FeatureId, e.Day, e.Type, e.Event })
            .ToListAsync());
        var tracked = activity.Where(e => e.Type == "track").ToList();
        var featureUse = activity.Where(e => e.FeatureId != null).ToList();
        return new Counts(
            featureUse.GroupBy(e => (e.Account, e.FeatureId, e.Day, e.User)).Select(g => $"{g.Key.Account}|{g.Key.FeatureId}|{g.Key.Day:O}|{g.Key.User}={g.Count()}").Order().ToList(),
            activity.GroupBy(e => (e.Account, e.Day, e.User)).Select(g => $"{g.Key.Account}|{g.Key.Day:O}|{g.Key.User}={g.Count()}").Order().ToList(),
            featureUse.GroupBy(e => (e.Account, e.FeatureId, e.Day)).Select(g => $"{g.Key.Account}|{g.Key.FeatureId}|{g.Key.Day:O}={g.Count()}/{g.Select(e => e.User).Distinct().Count()}").Order().ToList(),
            tracked.GroupBy(e => (e.Account, e.User, e.Event)).Select(g => $"{g.Key.Account}|{g.Key.User}|{g.Key.Event}={g.Count()}:{g.Min(e => e.Day):O}..{g.Max(e => e.Day):O}").Order().ToList());
    }

    private sealed record Counts(List<string> UserFeatureDays, List<string> UserDays, List<string> AccountFeatureDays, List<string> UserEvents)
    {
        public bool Equals(Counts? other) => other is not null && UserFeatureDays.SequenceEqual(other.UserFeatureDays)
            && UserDays.SequenceEqual(other.UserDays) && AccountFeatureDays.SequenceEqual(other.AccountFeatureDays)
            && UserEvents.SequenceEqual(other.UserEvents);

        public override int GetHashCode() => UserFeatureDays.Count;
    }
}

public sealed class TheRollupsOnTheSqlitePath(PortalFactory portal) : RollupCorrectness(portal), IClassFixture<PortalFactory>;

public sealed class TheRollupsOnTheEfPath(EfStorePortal portal) : RollupCorrectness(portal), IClassFixture<EfStorePortal>;

/// <summary>The portal with the provider-neutral EF Core store SQL Server uses, here on SQLite.</summary>
public sealed class EfStorePortal : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Ingestion:Store", "Ef");
    }
}
