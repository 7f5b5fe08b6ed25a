using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Adoption.Portal.Demo;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// Client data never gets a 5xx from the tracking API: an item that cannot be stored as text is refused
/// with its reason while the rest of its batch is stored, and a body that is not JSON is a 400.
/// </summary>
public sealed class TheTrackingApiInput(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RefusesAnItemWithInvalidUtf8AndStoresTheRest()
    {
        var body = Concat(Item("utf8-ok-1"), ","u8.ToArray(), Encoding.UTF8.GetBytes("""{"type":"track","messageId":"utf8-bad","userId":"u-"""), [0xFF, 0xFE],
            "\",\"event\":\"E\"}"u8.ToArray(), ","u8.ToArray(), Item("utf8-ok-2"));

        var response = await PostBytesAsync(Wrap(body));

        await AssertOneRefusedAsync(response, "utf8-bad", "not valid", "utf8-ok-1", "utf8-ok-2");
    }

    [Theory]
    [InlineData("\"event\":\"E\\ud800\"")]
    [InlineData("\"event\":\"E\\udc00x\"")]
    [InlineData("\"event\":\"E\",\"properties\":{\"p\":\"\\ud83d\"}")]
    [InlineData("\"event\":\"E\",\"context\":{\"page\":{\"title\":\"\\udfff\\ud800\"}}")]
    public async Task RefusesAnItemWithALoneSurrogateAndStoresTheRest(string fields)
    {
        var id = $"surrogate-{Math.Abs(fields.GetHashCode(StringComparison.Ordinal))}";
        var bad = $$"""{"type":"track","messageId":"{{id}}","userId":"u",{{fields}}}""";

        var response = await PostBytesAsync(Wrap(Concat(Item(id + "-ok"), ","u8.ToArray(), Encoding.UTF8.GetBytes(bad))));

        await AssertOneRefusedAsync(response, id, "surrogate", id + "-ok");
    }

    [Fact]
    public async Task KeepsAPairedSurrogateAndAnEscapedBackslash()
    {
        var good = """{"type":"track","messageId":"pair-ok","userId":"u","event":"E \ud83d\ude00","properties":{"path":"C:\\udata"}}""";

        var response = await PostBytesAsync(Wrap(Encoding.UTF8.GetBytes(good)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
        await using var db = portal.CreateDb();
        Assert.Equal("E 😀", (await db.TrackedEvents.SingleAsync(e => e.MessageId == "pair-ok")).Event);
    }

    [Fact]
    public async Task RefusesTheBadItemOfAGzippedBatchOfInvalidUtf8()
    {
        var body = Wrap(Concat(Item("gz-ok"), ","u8.ToArray(), "{\"type\":\"track\",\"messageId\":\"gz-bad\",\"userId\":\"\xC3\x28\",\"event\":\"E\"}"u8.ToArray()));
        // The literal above is valid UTF-8 of U+00C3 U+0028; make it the invalid two bytes C3 28.
        body = Replace(body, "\u00C3("u8.ToArray(), [0xC3, 0x28]);

        var response = await PostBytesAsync(Gzip(body), gzip: true);

        await AssertOneRefusedAsync(response, "gz-bad", "not valid", "gz-ok");
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")]
    [InlineData("9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z", null)]
    [InlineData("0001-01-01T00:00:00Z", null)]
    public async Task ClampsAndFlagsExtremeTimestamps(string timestamp, string? sentAt)
    {
        var id = $"extreme-{timestamp[..4]}-{sentAt?[..4] ?? "none"}";
        var item = $$"""{"type":"track","messageId":"{{id}}","userId":"u","event":"E","timestamp":"{{timestamp}}"{{(sentAt is null ? "" : $",\"sentAt\":\"{sentAt}\"")}}}""";

        var response = await portal.CreatePortalClient().PostAsync("/v1/batch", TrackingApi.Batch(item));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = portal.CreateDb();
        var stored = await db.TrackedEvents.SingleAsync(e => e.MessageId == id);
        Assert.True(stored.TimestampClamped);
        Assert.InRange(stored.Timestamp, DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("\u00ff")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task AnswersABodyThatIsNotAJsonObjectWith400(string text)
    {
        var response = await PostBytesAsync(Encoding.Latin1.GetBytes(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AcceptsRudderStackNodeSdkGzipSentAsFormUrlEncoded()
    {
        // What @rudderstack/rudder-sdk-node 3.x posts to /v1/batch: gzip, Basic auth, and this content type.
        var body = """
            {"batch":[{"channel":"server","context":{"library":{"name":"analytics-node","version":"3.0.0"}},
            "type":"track","event":"Report Scheduled","userId":"user-001-01","properties":{"format":"pdf"},
            "messageId":"node-7f3c1a2b9e8d4c6f-1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b","timestamp":"2026-12-02T10:00:00.000Z",
            "originalTimestamp":"2026-12-02T10:00:00.000Z","_metadata":{"nodeVersion":"20.18.0"}}],
            "sentAt":"2026-12-02T10:00:00.500Z"}
            """;

        var response = await PostBytesAsync(Gzip(Encoding.UTF8.GetBytes(body)), gzip: true, contentType: "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = portal.CreateDb();
        Assert.Equal(1, await db.TrackedEvents.CountAsync(e => e.MessageId == "node-7f3c1a2b9e8d4c6f-1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/json; charset=utf-8")]
    public async Task AcceptsTheOtherContentTypesSegmentClientsSend(string? contentType)
    {
        var id = $"ct-{contentType?.Split(';')[0].Replace('/', '-') ?? "none"}";
        var response = await PostBytesAsync(Wrap(Item(id)), contentType: contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = portal.CreateDb();
        Assert.Equal(1, await db.TrackedEvents.CountAsync(e => e.MessageId == id));
    }

    private async Task AssertOneRefusedAsync(HttpResponseMessage response, string refused, string reason, params string[] stored)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        var rejected = Assert.Single(json["rejected"]!.AsArray());
        Assert.Contains(reason, rejected!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.TrackedEvents.AnyAsync(e => e.MessageId == refused));
        foreach (var id in stored)
        {
            Assert.Equal(1, await db.TrackedEvents.CountAsync(e => e.MessageId == id));
        }
    }

    private async Task<HttpResponseMessage> PostBytesAsync(byte[] body, bool gzip = false, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/batch") { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(DemoSignIns.WriteKey + ":")));
        return await portal.CreatePortalClient().SendAsync(request);
    }

    private static byte[] Item(string id) => Encoding.UTF8.GetBytes(TrackingApi.Track(id));

    private static byte[] Wrap(byte[] items) => Concat("{\"batch\":["u8.ToArray(), items, "]}"u8.ToArray());

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static byte[] Replace(byte[] source, byte[] what, byte[] with)
    {
        var at = source.AsSpan().IndexOf(what);
        return Concat(source[..at], with, source[(at + what.Length)..]);
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var zip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            zip.Write(bytes);
        }

        return compressed.ToArray();
    }
}
