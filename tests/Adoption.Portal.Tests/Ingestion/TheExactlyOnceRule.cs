using System.Net;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>A client that retries a batch (timeouts, lost answers) gets each message stored and counted once.</summary>
public sealed class TheExactlyOnceRule(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StoresARetriedBatchOnceAndCountsItOnce()
    {
        var batch = TrackingApi.Batch(
            TrackingApi.Track("retry-1", user: "retry-user"), TrackingApi.Track("retry-2", user: "retry-user"), TrackingApi.Track("retry-3", user: "retry-user"));
        var client = portal.CreatePortalClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/batch", batch)).StatusCode);
        }

        await portal.FlushRollupsAsync();
        await using var db = portal.CreateDb();
        Assert.Equal(3, await db.TrackedEvents.CountAsync(e => e.MessageId.StartsWith("retry-")));
        Assert.Equal(3, await db.UserDays.Where(r => r.UserKey == "retry-user").SumAsync(r => r.Events));
        Assert.Equal(3, await db.UserFeatureDays.Where(r => r.UserKey == "retry-user").SumAsync(r => r.Events));
    }

    [Fact]
    public async Task KnowsARetryByItsMessageIdAndTimestampWhateverItsSentAt()
    {
        const string happened = "2026-11-23T08:00:00.000Z";
        var client = portal.CreatePortalClient();

        foreach (var sentAt in new[] { "2026-11-23T08:00:05Z", "2026-11-23T08:01:40Z" })
        {
            var retry = $$"""{"batch":[{{TrackingApi.Track("resent-1", user: "resent-user", timestamp: happened)}}],"sentAt":"{{sentAt}}"}""";
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/batch", retry)).StatusCode);
        }

        // Another message that happens to reuse the id at another moment is not a retry of the first.
        var other = TrackingApi.Batch(TrackingApi.Track("resent-1", user: "resent-user", timestamp: "2026-11-23T09:00:00.000Z"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/v1/batch", other)).StatusCode);

        await using var db = portal.CreateDb();
        Assert.Equal(2, await db.TrackedEvents.CountAsync(e => e.MessageId == "resent-1"));
    }

    [Fact]
    public async Task StoresConcurrentRetriesOnce()
    {
        var batch = TrackingApi.Batch(Enumerable.Range(0, 50).Select(i => TrackingApi.Track($"race-{i}", user: "race-user")).ToArray());

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => portal.CreatePortalClient().PostAsync("/v1/batch", batch)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        await portal.FlushRollupsAsync();
        await using var db = portal.CreateDb();
        Assert.Equal(50, await db.TrackedEvents.CountAsync(e => e.MessageId.StartsWith("race-")));
        Assert.Equal(50, await db.UserDays.Where(r => r.UserKey == "race-user").SumAsync(r => r.Events));
    }

    [Fact]
    public async Task KeepsTheSameMessageIdFromAnotherWriteKey()
    {
        const string other = "wk_second_a1b2c3d4e5f60718293a4b5c";
        await portal.AddWriteKeyAsync(other);
        var body = TrackingApi.Batch(TrackingApi.Track("shared-id-1"));

        await portal.CreatePortalClient().PostAsync("/v1/batch", body);
        await portal.CreatePortalClient().PostAsync("/v1/batch", body, writeKey: other);

        await using var db = portal.CreateDb();
        Assert.Equal(2, await db.TrackedEvents.CountAsync(e => e.MessageId == "shared-id-1"));
    }

    [Fact]
    public async Task AppliesARetriedIdentifyOnlyOnce()
    {
        var first = """{"userId":"user-001-02","messageId":"identify-once-1","traits":{"title":"Head of Planning"}}""";
        var newer = """{"userId":"user-001-02","messageId":"identify-once-2","traits":{"title":"COO"}}""";
        var client = portal.CreatePortalClient();

        await client.PostAsync("/v1/identify", first);
        await client.PostAsync("/v1/identify", newer);
        await client.PostAsync("/v1/identify", first);

        await using var db = portal.CreateDb();
        Assert.Equal("COO", await db.Contacts.Where(c => c.ExternalId == "user-001-02").Select(c => c.Title).SingleAsync());
    }
}
