using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Testing;
using CsCheck;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// Property-based: batches built from hostile pieces (invalid UTF-8, lone and paired surrogates, wrong
/// JSON kinds, calendar-edge timestamps, truncated bodies, gzip) never get a 5xx; nothing of a refused
/// item or request is stored; every accepted item is stored exactly once.
/// </summary>
public sealed class TheTrackingApiFuzz(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly byte[][] Texts =
    [
        "\"plain\""u8.ToArray(), "\"\\ud800\""u8.ToArray(), "\"x\\udc00\""u8.ToArray(), "\"\\ud83d\\ude00\""u8.ToArray(),
        "\"\\\\ud800\""u8.ToArray(), "\"\\u0000\""u8.ToArray(), [(byte)'"', 0xFF, (byte)'"'], [(byte)'"', 0xC3, 0x28, (byte)'"'],
        [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'], "\"日本語\""u8.ToArray(), "12345"u8.ToArray(), "null"u8.ToArray(), "true"u8.ToArray(),
        "{}"u8.ToArray(), "[1,\"a\"]"u8.ToArray(), Encoding.UTF8.GetBytes($"\"{new string('x', 300)}\""),
    ];

    private static readonly string[] Times =
    [
        "2026-12-02T10:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.9999999+14:00",
        "0001-01-01T00:00:00-14:00", "not a date", "2026-02-30T00:00:00Z",
    ];

    private static readonly string[] Types = ["track", "track", "page", "group", "identify", "bogus"];

    private static int run;

    private static readonly Gen<Item> ItemGen = Gen.Select(
        Gen.Int[0, Types.Length - 1], Gen.Int[0, Texts.Length - 1], Gen.Int[0, Texts.Length - 1], Gen.Int[0, Times.Length],
        Gen.Int[0, Times.Length], Gen.Bool, (type, ev, prop, ts, sent, user) => new Item(Types[type], Texts[ev], Texts[prop],
            ts == Times.Length ? null : Times[ts], sent == Times.Length ? null : Times[sent], user));

    private static readonly Gen<Request> RequestGen = Gen.Select(
        ItemGen.Array[1, 6], Gen.Int[0, 9], Gen.Bool, (items, shape, gzip) => new Request(items, shape == 0 ? Shape.Truncated : shape == 1 ? Shape.NotAnObject : Shape.Batch, gzip));

    [Fact]
    public async Task NeverAnswers5xxAndStoresExactlyTheAcceptedItems()
    {
        var client = portal.CreatePortalClient();
        await RequestGen.SampleAsync(async request =>
        {
            var prefix = $"fz{Interlocked.Increment(ref run)}-";
            var (status, json) = await PostAsync(client, request.Body(prefix), request.Gzip);

            Assert.True(status < 500, $"{status}: {json}");
            await using var db = portal.CreateDb();
            var stored = await db.TrackedEvents.Where(e => e.MessageId.StartsWith(prefix)).GroupBy(e => e.MessageId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            if (status != 200)
            {
                Assert.Empty(stored);
                return;
            }

            var rejected = JsonNode.Parse(json)!["rejected"]?.AsArray().Select(r => r!["index"]!.GetValue<int>()).ToHashSet() ?? [];
            for (var i = 0; i < request.Items.Length; i++)
            {
                var id = prefix + i;
                if (rejected.Contains(i))
                {
                    Assert.False(stored.ContainsKey(id), $"rejected {id} was stored");
                }
                else if (request.Items[i].Type != "identify")
                {
                    // identify updates the person's profile; the other accepted calls are events.
                    Assert.True(stored.TryGetValue(id, out var count) && count == 1, $"accepted {id} stored {(stored.TryGetValue(id, out var c) ? c : 0)} times");
                }
            }
        }, iter: 150, threads: 1);
    }

    private static async Task<(int, string)> PostAsync(HttpClient client, byte[] body, bool gzip)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/batch") { Content = new ByteArrayContent(gzip ? TheTrackingApiInput.Gzip(body) : body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(DemoSignIns.WriteKey + ":")));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private enum Shape { Batch, Truncated, NotAnObject }

    private sealed record Item(string Type, byte[] Event, byte[] Property, string? Timestamp, string? SentAt, bool User)
    {
        public void Write(MemoryStream to, string messageId)
        {
            to.Write(Encoding.UTF8.GetBytes($$"""{"type":"{{Type}}","messageId":"{{messageId}}",{{(User ? "\"userId\":\"fuzz-user\"" : "\"anonymousId\":\"anon\"")}},"event":"""));
            to.Write(Event);
            to.Write(",\"name\":"u8);
            to.Write(Event);
            to.Write(",\"groupId\":\"acct-001\",\"properties\":{\"p\":"u8);
            to.Write(Property);
            to.Write("}"u8);
            if (Timestamp is not null)
            {
                to.Write(Encoding.UTF8.GetBytes($",\"timestamp\":\"{Timestamp}\""));
            }

            if (SentAt is not null)
            {
                to.Write(Encoding.UTF8.GetBytes($",\"sentAt\":\"{SentAt}\""));
            }

            to.Write("}"u8);
        }
    }

    private sealed record Request(Item[] Items, Shape Shape, bool Gzip)
    {
        public byte[] Body(string prefix)
        {
            using var body = new MemoryStream();
            body.Write(Shape == Shape.NotAnObject ? "[{\"batch\":["u8 : "{\"batch\":["u8);
            for (var i = 0; i < Items.Length; i++)
            {
                if (i > 0)
                {
                    body.Write(","u8);
                }

                Items[i].Write(body, prefix + i);
            }

            body.Write(Shape == Shape.NotAnObject ? "]}]"u8 : "]}"u8);
            var bytes = body.ToArray();
            return Shape == Shape.Truncated ? bytes[..(bytes.Length * 2 / 3)] : bytes;
        }
    }
}
