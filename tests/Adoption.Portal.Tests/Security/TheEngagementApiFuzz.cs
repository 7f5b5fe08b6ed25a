using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Engagements;
using Adoption.Portal.Tests.Engagements;
using Adoption.Testing;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// Property-based: decide and outcome requests built from hostile pieces (invalid UTF-8, lone surrogates,
/// wrong JSON kinds, calendar-edge times, truncated bodies, forged and borrowed tokens) never get a 5xx;
/// a refused request stores nothing, a refused outcome stores nothing, an accepted one is stored once.
/// </summary>
public sealed class TheEngagementApiFuzz(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly byte[][] Texts =
    [
        "\"plain\""u8.ToArray(), "\"\\ud800\""u8.ToArray(), "\"x\\udc00\""u8.ToArray(), "\"\\ud83d\\ude00\""u8.ToArray(),
        "\"\\u0000\""u8.ToArray(), [(byte)'"', 0xFF, (byte)'"'], [(byte)'"', 0xC3, 0x28, (byte)'"'], [(byte)'"', 0xED, 0xA0, 0x80, (byte)'"'],
        "\"日本語\""u8.ToArray(), "\"\""u8.ToArray(), "12345"u8.ToArray(), "null"u8.ToArray(), "true"u8.ToArray(), "{}"u8.ToArray(),
        "[1,\"a\"]"u8.ToArray(), Encoding.UTF8.GetBytes($"\"{new string('x', 300)}\""), Encoding.UTF8.GetBytes($"\"{new string('y', 3000)}\""),
    ];

    private static readonly string[] Kinds = ["\"seen\"", "\"dismissed\"", "\"snoozed\"", "\"completed\"", "\"cta\"", "\"Seen\"", "\"bogus\"", "7"];

    private static readonly string[] Times =
    [
        "\"2026-12-02T10:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59.9999999+14:00\"",
        "\"0001-01-01T00:00:00-14:00\"", "\"not a date\"", "\"2026-02-30T00:00:00Z\"", "null", "12",
    ];

    private enum TokenChoice { Valid, OtherUsers, Flipped, UnknownEngagement, Piece }

    private enum UserChoice { Own, Piece, Missing }

    private enum Shape { Body, Truncated, NotAnObject }

    private static int run;

    private static readonly Gen<OutcomePiece> HostileOutcomeGen = Gen.Select(
        Gen.Enum<TokenChoice>(), Gen.Int[0, Texts.Length - 1], Gen.Enum<UserChoice>(), Gen.Int[0, Kinds.Length - 1], Gen.Int[0, Times.Length],
        (token, piece, user, kind, at) => new OutcomePiece(token, piece, user, Kinds[kind], at == Times.Length ? null : Times[at]));

    // Well-formed items with good, borrowed, forged and orphaned tokens: they pass validation, so the
    // per-item accept and reject rules are what is exercised.
    private static readonly Gen<OutcomePiece> WellFormedOutcomeGen = Gen.Select(
        Gen.Int[0, 3], Gen.Int[0, 4], Gen.Int[0, 5],
        (token, kind, at) => new OutcomePiece((TokenChoice)token, 0, UserChoice.Own, Kinds[kind], at == 5 ? null : Times[at]));

    private static readonly Gen<(OutcomePiece[] Items, Shape Shape)> OutcomesGen = Gen.Int[0, 2].SelectMany(mix => mix == 0
        ? Gen.Select(HostileOutcomeGen.Array[0, 6], Gen.Int[0, 9], (items, shape) => (items, shape == 0 ? Shape.Truncated : shape == 1 ? Shape.NotAnObject : Shape.Body))
        : WellFormedOutcomeGen.Array[1, 6].Select(items => (items, Shape.Body)));

    private static int acceptedItems;
    private static int rejectedItems;

    private static readonly Gen<(int User, int Group, int Locale, int[] Placements, Shape Shape)> DecideGen = Gen.Select(
        Gen.Int[0, Texts.Length], Gen.Int[0, Texts.Length], Gen.Int[0, Texts.Length], Gen.Int[0, Texts.Length].Array[0, 12], Gen.Int[0, 9],
        (user, group, locale, placements, shape) => (user, group, locale, placements, shape == 0 ? Shape.Truncated : shape == 1 ? Shape.NotAnObject : Shape.Body));

    [Fact]
    public async Task DecideNeverAnswers5xxAndARefusedDecisionStoresNothing()
    {
        var client = portal.CreatePortalClient();
        var engagement = await portal.AddEngagementAsync();
        await DecideGen.SampleAsync(async request =>
        {
            var before = await CountsAsync();
            // Index Texts.Length stands for the valid value, so most requests get past the first field.
            byte[] Field(int i, string valid) => i == Texts.Length ? Encoding.UTF8.GetBytes(valid) : Texts[i];
            using var body = new MemoryStream();
            body.Write(request.Shape == Shape.NotAnObject ? "[{\"userId\":"u8 : "{\"userId\":"u8);
            body.Write(Field(request.User, "\"user-003-01\""));
            body.Write(",\"groupId\":"u8);
            body.Write(Field(request.Group, "null"));
            body.Write(",\"locale\":"u8);
            body.Write(Field(request.Locale, "\"fi\""));
            body.Write(",\"placements\":["u8);
            for (var i = 0; i < request.Placements.Length; i++)
            {
                body.Write(i == 0 ? ""u8 : ","u8);
                body.Write(Field(request.Placements[i], $"\"{engagement.Placement}\""));
            }

            body.Write(request.Shape == Shape.NotAnObject ? "]}]"u8 : "]}"u8);
            var bytes = Shaped(body.ToArray(), request.Shape);

            var (status, json) = await PostAsync(client, "/v1/engagements/decide", bytes);

            Assert.True(status < 500, $"{status}: {json}");
            if (status != 200)
            {
                Assert.Equal(400, status);
                Assert.Equal(before, await CountsAsync());
            }
        }, iter: 120, threads: 1);
    }

    [Fact]
    public async Task OutcomesNeverAnswer5xxAndStoreExactlyTheAcceptedItems()
    {
        var client = portal.CreatePortalClient();
        var tokens = portal.Services.GetRequiredService<EngagementTokens>();
        int accountId;
        await using (var db = portal.CreateDb())
        {
            accountId = await db.Accounts.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        }

        await OutcomesGen.SampleAsync(async request =>
        {
            // A fresh engagement each time, so its outcome rows are this request's alone.
            var engagement = await portal.AddEngagementAsync();
            var prefix = $"fz{Interlocked.Increment(ref run)}-";
            var before = await CountsAsync();
            var body = new MemoryStream();
            body.Write(request.Shape == Shape.NotAnObject ? "[{\"outcomes\":["u8 : "{\"outcomes\":["u8);
            for (var i = 0; i < request.Items.Length; i++)
            {
                if (i > 0)
                {
                    body.Write(","u8);
                }

                request.Items[i].Write(body, prefix + "u" + i, prefix + "x" + i, engagement.Id, accountId, tokens);
            }

            body.Write(request.Shape == Shape.NotAnObject ? "]}]"u8 : "]}"u8);

            var (status, json) = await PostAsync(client, "/v1/engagements/outcomes", Shaped(body.ToArray(), request.Shape));

            Assert.True(status < 500, $"{status}: {json}");
            await using var db = portal.CreateDb();
            var stored = await db.EngagementOutcomes.Where(o => o.EngagementId == engagement.Id).GroupBy(o => o.UserId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            if (status != 202)
            {
                Assert.Equal(400, status);
                Assert.Empty(stored);
                Assert.Equal(before, await CountsAsync());
                return;
            }

            var rejected = JsonNode.Parse(json)!["rejected"]!.AsArray().Select(r => r!["index"]!.GetValue<int>()).ToHashSet();
            for (var i = 0; i < request.Items.Length; i++)
            {
                var (own, other) = (prefix + "u" + i, prefix + "x" + i);
                Assert.False(stored.ContainsKey(other), $"{other} was stored from a borrowed token");
                if (rejected.Contains(i))
                {
                    Assert.False(stored.ContainsKey(own), $"rejected {own} was stored");
                }
                else
                {
                    Assert.True(stored.TryGetValue(own, out var count) && count == 1, $"accepted {own} stored {(stored.TryGetValue(own, out var c) ? c : 0)} times");
                }
            }

            Assert.Equal(request.Items.Length - rejected.Count, stored.Values.Sum());
            acceptedItems += request.Items.Length - rejected.Count;
            rejectedItems += rejected.Count;
        }, iter: 120, threads: 1);

        // Both rules were exercised, not only the request-level 400.
        Assert.True(acceptedItems > 20 && rejectedItems > 20, $"accepted {acceptedItems}, rejected {rejectedItems}");
    }

    private async Task<(int, int, int)> CountsAsync()
    {
        await using var db = portal.CreateDb();
        return (await db.EngagementOutcomes.IgnoreQueryFilters().CountAsync(), await db.EngagementStates.IgnoreQueryFilters().CountAsync(),
            await db.AttentionTouches.IgnoreQueryFilters().CountAsync());
    }

    private static byte[] Shaped(byte[] bytes, Shape shape) => shape == Shape.Truncated ? bytes[..(bytes.Length * 2 / 3)] : bytes;

    private static async Task<(int, string)> PostAsync(HttpClient client, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(DemoServerKey.Value + ":")));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private sealed record OutcomePiece(TokenChoice Token, int Piece, UserChoice User, string Kind, string? At)
    {
        public void Write(MemoryStream to, string own, string other, int engagementId, int accountId, EngagementTokens tokens)
        {
            to.Write("{\"token\":"u8);
            switch (Token)
            {
                case TokenChoice.Valid:
                    to.Write(Encoding.UTF8.GetBytes($"\"{tokens.Issue(engagementId, own, accountId)}\""));
                    break;
                case TokenChoice.OtherUsers:
                    to.Write(Encoding.UTF8.GetBytes($"\"{tokens.Issue(engagementId, other, accountId)}\""));
                    break;
                case TokenChoice.Flipped:
                    var token = tokens.Issue(engagementId, own, accountId);
                    to.Write(Encoding.UTF8.GetBytes($"\"{token[..^3]}{(token[^3] == 'A' ? 'B' : 'A')}{token[^2..]}\""));
                    break;
                case TokenChoice.UnknownEngagement:
                    to.Write(Encoding.UTF8.GetBytes($"\"{tokens.Issue(int.MaxValue, own, accountId)}\""));
                    break;
                default:
                    to.Write(Texts[Piece]);
                    break;
            }

            if (User != UserChoice.Missing)
            {
                to.Write(",\"userId\":"u8);
                to.Write(User == UserChoice.Own ? Encoding.UTF8.GetBytes($"\"{own}\"") : Texts[Piece]);
            }

            to.Write(Encoding.UTF8.GetBytes($",\"kind\":{Kind}"));
            if (At is not null)
            {
                to.Write(Encoding.UTF8.GetBytes($",\"at\":{At}"));
            }

            to.Write("}"u8);
        }
    }
}
