using System.Net;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheDecideApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OffersAnnaTheOneKeyFeatureNorthwindHasNotUsed()
    {
        var response = await portal.DecideAsync("""{"userId":"user-001-01","placements":["home"]}""");
        var json = await response.JsonAsync();
        var token = json["engagements"]![0]!["token"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("CfDJ8", token, StringComparison.Ordinal);
        json["engagements"]![0]!["token"] = "T";
        Assert.Equal(
            """{"userId":"user-001-01","cacheSeconds":60,"engagements":[{"id":"ngm_nw0api","kind":"banner","placement":"home","priority":60,"dismissible":true,"snoozeDays":7,"anchor":null,"content":{"locale":"en","title":"API is waiting for you","body":"Programmatic access for in-house tools.","ctaLabel":"Try it","ctaUrl":"/settings/api"},"steps":[],"token":"T"}]}""",
            json.ToJsonString());
    }

    [Fact]
    public async Task SpeaksTheAskedLanguageAndFallsBackToEnglish()
    {
        var finnish = await portal.EngagementsForAsync("user-001-01", "home", locale: "fi");
        var swedish = await portal.EngagementsForAsync("user-001-01", "home", locale: "sv");

        Assert.Equal(("fi", "API odottaa sinua"), (finnish[0]!["content"]!["locale"]!.GetValue<string>(), finnish[0]!["content"]!["title"]!.GetValue<string>()));
        Assert.Equal("en", swedish[0]!["content"]!["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task FallsBackToThePersonsLanguageWhenTheHostSendsNone()
    {
        // Eva at Northwind speaks Finnish; the engagement has Finnish and English.
        var engagement = await portal.AddEngagementAsync(e => e.Content =
        [
            new EngagementContent { Locale = "en", Title = "Hello" },
            new EngagementContent { Locale = "fi", Title = "Hei" },
        ]);

        var shown = await portal.EngagementsForAsync("user-001-05", engagement.Placement);

        Assert.Equal("Hei", shown[0]!["content"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShowsTheBannerOnlyToThoseItTargets()
    {
        // Ben is a plain user at Northwind; the banner is for its champion and admins (he gets the demo's NPS survey instead).
        Assert.DoesNotContain(await portal.EngagementsForAsync("user-001-02", "home"), e => e!["id"]!.GetValue<string>() == "ngm_nw0api");
        Assert.Equal("ngm_nw0api", (await portal.EngagementsForAsync("user-001-04", "home"))[0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GivesAnOnboardingAccountItsChecklistWithStepsTickedFromUse()
    {
        var shown = await portal.EngagementsForAsync("user-004-02", "home");

        var checklist = Assert.Single(shown);
        Assert.Equal(("checklist", "zh-Hans"), (checklist!["kind"]!.GetValue<string>(), checklist["content"]!["locale"]!.GetValue<string>()));
        Assert.Equal(["dashboard", "report", "share", "invite"], checklist["steps"]!.AsArray().Select(s => s!["key"]!.GetValue<string>()));
        Assert.Equal("创建仪表板", checklist["steps"]![0]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task TicksTheDemoInviteStepFromTheRawEventItsChampionTracked()
    {
        static async Task<bool> InvitedAsync(PortalFactory portal, string user) =>
            (await portal.EngagementsForAsync(user, "home")).Single(e => e!["id"]!.GetValue<string>() == DemoNudges.OnboardingChecklistId)!["steps"]!
                .AsArray().Single(s => s!["key"]!.GetValue<string>() == "invite")!["done"]!.GetValue<bool>();

        // Li Wei, the champion, sent "Teammate Invited" on his first day; Wang Fang never has.
        Assert.Equal((true, false), (await InvitedAsync(portal, "user-004-01"), await InvitedAsync(portal, "user-004-02")));
    }

    [Fact]
    public async Task AnswersAnUnknownUserWithAnEmptyList()
    {
        var response = await portal.DecideAsync("""{"userId":"brand-new-user","placements":["home"]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"userId":"brand-new-user","cacheSeconds":60,"engagements":[]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task KeepsAnAccountsEngagementsFromAUserOfAnotherAccount()
    {
        // The banner lists Northwind explicitly; the same user id sent for another company sees none of it.
        Assert.Empty(await portal.EngagementsForAsync("user-001-01", "home", groupId: "acct-002"));
        Assert.Empty(await portal.EngagementsForAsync("user-001-01", "home", groupId: "acct-999"));
    }

    [Fact]
    public async Task RecordsFirstEligibilityOnceForLift()
    {
        var engagement = await portal.AddEngagementAsync(e => e.HoldoutPercent = 50);

        await portal.EngagementsForAsync("user-002-01", engagement.Placement);
        portal.Clock.Advance(TimeSpan.FromHours(1));
        await portal.EngagementsForAsync("user-002-01", engagement.Placement);

        await using var db = portal.CreateDb();
        var state = await db.EngagementStates.SingleAsync(s => s.EngagementId == engagement.Id);
        Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime.AddHours(-1), state.FirstEligibleAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(Portal.Engagements.Holdout.IsHeldOut(engagement.PublicId, "user-002-01", 50), state.HeldOut);
    }

    [Theory]
    [InlineData("not json", "The body is not valid JSON", null)]
    [InlineData("""{"userId":"u","placements":"home"}""", "The body is not valid JSON", null)]
    [InlineData("{}", "The request is invalid", "userId")]
    [InlineData("""{"userId":"u"}""", "The request is invalid", "placements")]
    [InlineData("""{"userId":"u","placements":[]}""", "The request is invalid", "placements")]
    [InlineData("""{"userId":"u","placements":["Home!"]}""", "The request is invalid", "placements[0]")]
    [InlineData("""{"userId":"u","placements":[null]}""", "The request is invalid", "placements[0]")]
    [InlineData("""[1,2]""", "The body is not valid JSON", null)]
    [InlineData("""{"userId":42,"placements":["home"]}""", "The body is not valid JSON", null)]
    [InlineData("""{"userId":"u","placements":["a","b","c","d","e","f","g","h","i","j","k"]}""", "The request is invalid", "placements")]
    public async Task RefusesBadInputWithProblemDetails(string body, string title, string? field)
    {
        var response = await portal.DecideAsync(body);
        var json = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, json["title"]!.GetValue<string>());
        if (field is not null)
        {
            Assert.True(json["errors"]!.AsObject().ContainsKey(field), json.ToJsonString());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(DemoSignIns.WriteKey)]
    [InlineData("sk_00000000000000000000000000000000")]
    public async Task RefusesCallsWithoutAnActiveServerKey(string? key)
    {
        var decide = await portal.DecideAsync("""{"userId":"user-001-01","placements":["home"]}""", key);
        var outcomes = await portal.PostOutcomesAsync("""{"outcomes":[]}""", key);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (decide.StatusCode, outcomes.StatusCode));
        Assert.Equal("application/problem+json", decide.Content.Headers.ContentType?.MediaType);
    }
}
