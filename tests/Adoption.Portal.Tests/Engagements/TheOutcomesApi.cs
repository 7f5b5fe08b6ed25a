using System.Net;
using System.Text.Json.Nodes;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheOutcomesApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(Engagement Engagement, string Token)> ShownAsync(string userId, Action<Engagement>? change = null)
    {
        var engagement = await portal.AddEngagementAsync(change);
        var shown = await portal.EngagementsForAsync(userId, engagement.Placement);
        return (engagement, Assert.Single(shown)!["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task StoresASeenOnceADayHoweverOftenItIsReplayed()
    {
        var (engagement, token) = await ShownAsync("user-003-01");

        var first = await portal.OutcomeAsync(token, "user-003-01", "seen");
        var replay = await portal.OutcomeAsync(token, "user-003-01", "seen");

        Assert.Equal("""{"accepted":1,"rejected":[]}""", first.ToJsonString());
        Assert.Equal("""{"accepted":1,"rejected":[]}""", replay.ToJsonString());
        await using var db = portal.CreateDb();
        var state = await db.EngagementStates.SingleAsync(s => s.EngagementId == engagement.Id);
        Assert.Equal(1, state.SeenCount);
        Assert.Equal(1, await db.EngagementOutcomes.CountAsync(o => o.EngagementId == engagement.Id));
        var touch = await db.AttentionTouches.SingleAsync(t => t.Source == "nudge:" + engagement.PublicId);
        Assert.Equal((AttentionClass.Ambient, "user-003-01"), (touch.Class, touch.UserId));
        Assert.NotNull(touch.ContactId);
    }

    [Fact]
    public async Task CountsASeenOnTheNextDayAgain()
    {
        var (engagement, token) = await ShownAsync("user-003-02", e => e.Frequency = EngagementFrequency.UntilCompleted);

        await portal.OutcomeAsync(token, "user-003-02", "seen");
        portal.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = (await portal.EngagementsForAsync("user-003-02", engagement.Placement))[0]!["token"]!.GetValue<string>();
        await portal.OutcomeAsync(tomorrow, "user-003-02", "seen");

        await using var db = portal.CreateDb();
        Assert.Equal(2, (await db.EngagementStates.SingleAsync(s => s.EngagementId == engagement.Id)).SeenCount);
    }

    [Fact]
    public async Task HidesADismissedEngagementFromTheNextDecision()
    {
        var (engagement, token) = await ShownAsync("user-003-03");

        await portal.OutcomeAsync(token, "user-003-03", "dismissed");

        Assert.Empty(await portal.EngagementsForAsync("user-003-03", engagement.Placement));
        Assert.Single(await portal.EngagementsForAsync("user-003-04", engagement.Placement));
    }

    [Fact]
    public async Task HidesASnoozedEngagementForItsSnoozeDays()
    {
        var (engagement, token) = await ShownAsync("user-005-01", e => e.SnoozeDays = 3);

        await portal.OutcomeAsync(token, "user-005-01", "snoozed");
        portal.Clock.Advance(TimeSpan.FromDays(3).Subtract(TimeSpan.FromMinutes(1)));
        var stillSnoozed = await portal.EngagementsForAsync("user-005-01", engagement.Placement);
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var back = await portal.EngagementsForAsync("user-005-01", engagement.Placement);

        Assert.Empty(stillSnoozed);
        Assert.Single(back);
    }

    [Fact]
    public async Task RecordsCompletionAndTheCallToAction()
    {
        var (engagement, token) = await ShownAsync("user-005-02");

        await portal.OutcomeAsync(token, "user-005-02", "cta");
        await portal.OutcomeAsync(token, "user-005-02", "completed");

        await using var db = portal.CreateDb();
        var state = await db.EngagementStates.SingleAsync(s => s.EngagementId == engagement.Id);
        Assert.NotNull(state.CtaClickedAt);
        Assert.NotNull(state.CompletedAt);
        Assert.Empty(await portal.EngagementsForAsync("user-005-02", engagement.Placement));
    }

    [Fact]
    public async Task RejectsForgedExpiredAndOtherUsersTokensAndStoresTheRest()
    {
        var (engagement, token) = await ShownAsync("user-006-01");
        var (_, old) = await ShownAsync("user-006-02");
        var forged = portal.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("something else").Protect($"{engagement.Id}\n1\n9999999999\nuser-006-01");
        portal.Clock.Advance(EngagementTokens.Lifetime);
        var (_, fresh) = await ShownAsync("user-006-03");

        var body = new JsonObject
        {
            ["outcomes"] = new JsonArray(
                Item(forged, "user-006-01"), Item(old, "user-006-02"), Item(token, "user-007-01"), Item("not-a-token", "user-006-01"), Item(fresh, "user-006-03")),
        };
        var response = await portal.PostOutcomesAsync(body.ToJsonString());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(
            """{"accepted":1,"rejected":[{"index":0,"reason":"token-invalid"},{"index":1,"reason":"token-expired"},{"index":2,"reason":"token-expired"},{"index":3,"reason":"token-invalid"}]}""",
            (await response.JsonAsync()).ToJsonString());
    }

    [Fact]
    public async Task RejectsATokenPostedForAnotherUserEvenAtAnotherAccount()
    {
        var (engagement, token) = await ShownAsync("user-008-01");

        var answer = await portal.OutcomeAsync(token, "user-001-01", "dismissed");

        Assert.Equal("""{"accepted":0,"rejected":[{"index":0,"reason":"token-user-mismatch"}]}""", answer.ToJsonString());
        await using var db = portal.CreateDb();
        Assert.False(await db.EngagementOutcomes.AnyAsync(o => o.EngagementId == engagement.Id));
    }

    [Fact]
    public async Task SpendsTheAttentionBudgetSoASecondModalWaitsForTomorrow()
    {
        var (first, token) = await ShownAsync("user-010-01", e => e.Kind = EngagementKind.Modal);
        var second = await portal.AddEngagementAsync(e => e.Kind = EngagementKind.Modal);
        var banner = await portal.AddEngagementAsync();

        await portal.OutcomeAsync(token, "user-010-01", "seen");

        Assert.Single(await portal.EngagementsForAsync("user-010-01", first.Placement)); // the same prompt again today: counted once
        Assert.Empty(await portal.EngagementsForAsync("user-010-01", second.Placement));
        Assert.Single(await portal.EngagementsForAsync("user-010-01", banner.Placement));
        portal.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Single(await portal.EngagementsForAsync("user-010-01", second.Placement));
    }

    [Theory]
    [InlineData("not json", null)]
    [InlineData("{}", "outcomes")]
    [InlineData("""{"outcomes":[]}""", "outcomes")]
    [InlineData("""{"outcomes":[{"token":"t","userId":"u","kind":"clicked"}]}""", "outcomes[0].kind")]
    [InlineData("""{"outcomes":[{"token":"t","kind":"seen"}]}""", "outcomes[0].userId")]
    [InlineData("""{"outcomes":[{"token":"t","userId":"u","kind":"seen","at":"yesterday"}]}""", null)]
    public async Task RefusesMalformedBodiesWithProblemDetails(string body, string? field)
    {
        var response = await portal.PostOutcomesAsync(body);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True(json["errors"]!.AsObject().ContainsKey(field), json.ToJsonString());
        }
    }

    private static JsonObject Item(string token, string userId) => new() { ["token"] = token, ["userId"] = userId, ["kind"] = "seen" };
}
