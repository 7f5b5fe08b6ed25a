using System.Net;
using System.Text;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>Bad client data gets a 4xx that names the problem, never a 5xx, and nothing of a refused request is stored.</summary>
public sealed class TheBadInputRules(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AnswerMalformedJsonWithProblemDetails()
    {
        var response = await portal.CreatePortalClient().PostAsync("/v1/batch", """{"batch":[{"type":"track","userId":"u","event":"E","messageId":"bad-json-1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Malformed JSON", (await response.JsonAsync())["title"]?.GetValue<string>());
        await AssertNotStoredAsync("bad-json-1");
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("text/xml")]
    public async Task AnswerAnotherContentTypeWith415(string contentType)
    {
        var response = await portal.CreatePortalClient().PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"form-1"}""",
            contentType: contentType);

        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, response.ToString());
        await AssertNotStoredAsync("form-1");
    }

    [Fact]
    public async Task RefuseABodyOver500KilobytesNamingTheLimit()
    {
        var padding = new string('x', 20_000);
        var items = Enumerable.Range(0, 30).Select(i => $$$"""{"type":"track","userId":"u","event":"E","messageId":"big-{{{i}}}","properties":{"p":"{{{padding}}}"}}""");

        var response = await portal.CreatePortalClient().PostAsync("/v1/batch", TrackingApi.Batch(items.ToArray()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("500 KB", (await response.JsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNotStoredAsync("big-0");
    }

    [Fact]
    public async Task RefuseACallOver32KilobytesNamingTheLimit()
    {
        var body = $$$"""{"userId":"u","event":"E","messageId":"huge-1","properties":{"p":"{{{new string('x', 33_000)}}}"}}""";

        var single = await portal.CreatePortalClient().PostAsync("/v1/track", body);
        var inBatch = await portal.CreatePortalClient().PostAsync("/v1/batch",
            TrackingApi.Batch(TrackingApi.Track("huge-ok"), body.Replace("{\"userId\"", "{\"type\":\"track\",\"userId\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, single.StatusCode);
        Assert.Contains("32 KB", (await single.JsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, inBatch.StatusCode);
        Assert.Equal("Message 1 is 33,084 bytes; a message may be at most 32 KB (32,768 bytes).", (await inBatch.JsonAsync())["detail"]!.GetValue<string>());
        await AssertNotStoredAsync("huge-1");
        await AssertNotStoredAsync("huge-ok");
    }

    [Fact]
    public async Task RefuseMoreThan2500MessagesNamingTheLimit()
    {
        var items = Enumerable.Range(0, 2501).Select(i => $$"""{"type":"track","userId":"u","event":"E","messageId":"many-{{i}}"}""");

        var response = await portal.CreatePortalClient().PostAsync("/v1/batch", TrackingApi.Batch(items.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("A batch may hold at most 2,500 messages.", (await response.JsonAsync())["detail"]!.GetValue<string>());
        await AssertNotStoredAsync("many-0");
    }

    [Theory]
    [InlineData("wk_unknown_0000000000000000000000")]
    [InlineData(null)]
    public async Task RefuseAnUnknownOrMissingKey(string? key)
    {
        var response = await portal.CreatePortalClient().PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"nokey-1"}""", writeKey: key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNotStoredAsync("nokey-1");
    }

    [Fact]
    public async Task RefuseARevokedKeyInTheHeaderOrTheBody()
    {
        const string revoked = "wk_revoked_5f1c0a9e2b7d4c8e9a1f3b6d";
        await portal.AddWriteKeyAsync(revoked, revoked: true);

        var header = await portal.CreatePortalClient().PostAsync("/v1/track", """{"userId":"u","event":"E","messageId":"revoked-1"}""", writeKey: revoked);
        var body = await portal.CreatePortalClient().PostAsync("/v1/track", $$"""{"userId":"u","event":"E","messageId":"revoked-2","writeKey":"{{revoked}}"}""", writeKey: null);

        Assert.Equal(HttpStatusCode.Unauthorized, header.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, body.StatusCode);
        await AssertNotStoredAsync("revoked-1");
        await AssertNotStoredAsync("revoked-2");
    }

    [Fact]
    public async Task StoreTheRestOfABatchAndListTheRejectedItems()
    {
        var response = await portal.CreatePortalClient().PostAsync("/v1/batch", TrackingApi.Batch(
            TrackingApi.Track("partial-ok-1"),
            """{"type":"track","event":"No Person","messageId":"partial-no-user"}""",
            """{"type":"track","userId":"u","messageId":"partial-no-event"}""",
            """{"type":"shout","userId":"u","messageId":"partial-bad-type"}""",
            """{"type":"group","userId":"u","messageId":"partial-no-group"}""",
            "42",
            TrackingApi.Track("partial-ok-2")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""
            {"success":true,"rejected":[{"index":1,"messageId":"partial-no-user","reason":"userId or anonymousId is required."},{"index":2,"messageId":"partial-no-event","reason":"event is required for track."},{"index":3,"messageId":"partial-bad-type","reason":"type must be one of track, identify, group, page, screen, alias."},{"index":4,"messageId":"partial-no-group","reason":"groupId is required for group."},{"index":5,"reason":"A batch item must be a JSON object."}]}
            """, await response.Content.ReadAsStringAsync());
        await using var db = portal.CreateDb();
        Assert.Equal(["partial-ok-1", "partial-ok-2"],
            await db.TrackedEvents.Where(e => e.MessageId.StartsWith("partial-")).OrderBy(e => e.MessageId).Select(e => e.MessageId).ToListAsync());
    }

    [Fact]
    public async Task RefuseASingleCallWithoutItsRequiredFields()
    {
        var response = await portal.CreatePortalClient().PostAsync("/v1/track", """{"userId":"u","messageId":"single-no-event"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("event is required for track.", (await response.JsonAsync())["detail"]!.GetValue<string>());
        await AssertNotStoredAsync("single-no-event");
    }

    [Fact]
    public async Task AcceptGzipAndRefuseBrokenGzip()
    {
        var zipped = await portal.CreatePortalClient().PostAsync("/v1/batch", TrackingApi.Batch(TrackingApi.Track("gzip-1")), gzip: true);
        using var broken = new HttpRequestMessage(HttpMethod.Post, "/v1/track") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("not gzip at all")) };
        broken.Content.Headers.ContentType = new("application/json");
        broken.Content.Headers.ContentEncoding.Add("gzip");
        broken.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Demo.DemoSignIns.WriteKey + ":")));

        var brokenResponse = await portal.CreatePortalClient().SendAsync(broken);

        Assert.Equal(HttpStatusCode.OK, zipped.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, brokenResponse.StatusCode);
        await using var db = portal.CreateDb();
        Assert.True(await db.TrackedEvents.AnyAsync(e => e.MessageId == "gzip-1"));
    }

    private async Task AssertNotStoredAsync(string messageId)
    {
        await using var db = portal.CreateDb();
        Assert.False(await db.TrackedEvents.AnyAsync(e => e.MessageId == messageId), $"{messageId} was stored");
    }
}
