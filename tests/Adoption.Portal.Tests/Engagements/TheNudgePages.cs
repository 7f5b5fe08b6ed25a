using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Engagements;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheNudgePages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> IdOfAsync(string publicId)
    {
        await using var db = portal.CreateDb();
        return await db.Engagements.Where(e => e.PublicId == publicId).Select(e => e.Id).SingleAsync();
    }

    [Fact]
    public async Task ListTheDemoNudgesForTheCsm()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await csm.GetStringAsync("/csm/nudges");

        Assert.Contains($"data-testid=\"nudge-{DemoNudges.NorthwindBannerId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"nudge-{DemoNudges.OnboardingChecklistId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"nudge-{DemoNudges.ReportsTooltipId}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/csm/nudges")]
    [InlineData("/csm/nudges/preview?userId=user-001-01")]
    public async Task KeepCustomersOut(string path)
    {
        var customer = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await customer.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("API is waiting for you", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayWhyBenDoesNotSeeTheBannerAndThatAnnaDoes()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var id = await IdOfAsync(DemoNudges.NorthwindBannerId);

        var ben = await csm.GetStringAsync($"/csm/nudges/{id}/why?userId=user-001-02");
        var anna = await csm.GetStringAsync($"/csm/nudges/{id}/why?userId=user-001-01");

        Assert.Contains("Not shown now.", ben, StringComparison.Ordinal);
        Assert.Contains("Contact role is User, needs Champion / Admin", ben, StringComparison.Ordinal);
        Assert.Contains("Has not used API yet", anna, StringComparison.Ordinal);
        Assert.Contains("Shown now.", anna, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayDismissedOnceTheHostReportsIt()
    {
        var engagement = await portal.AddEngagementAsync();
        var token = (await portal.EngagementsForAsync("user-009-01", engagement.Placement))[0]!["token"]!.GetValue<string>();
        await portal.OutcomeAsync(token, "user-009-01", "dismissed");
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await csm.GetStringAsync($"/csm/nudges/{engagement.Id}/why?userId=user-009-01");

        Assert.Contains("Dismissed on", html, StringComparison.Ordinal);
        Assert.Contains("Not shown now.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewWhatAUserWouldSeeNow()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await csm.GetStringAsync("/csm/nudges/preview?userId=user-001-01");
        var unknown = await csm.GetStringAsync("/csm/nudges/preview?userId=nobody-known");

        Assert.Contains($"data-adoption-nudge=\"{DemoNudges.NorthwindBannerId}\"", html, StringComparison.Ordinal);
        Assert.Contains("API is waiting for you", html, StringComparison.Ordinal);
        Assert.Contains("Unknown user: no account knows this user id", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefuseAMalformedRuleWithAFieldMessageAndSaveNothing()
    {
        var engagement = await portal.AddEngagementAsync();
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await csm.SubmitAsync($"/csm/nudges/{engagement.Id}", null, new()
        {
            ["Input.Name"] = "Renamed",
            ["Input.Targeting.Traits[0].Trait"] = "Employees",
            ["Input.Targeting.Traits[0].Operator"] = "AtLeast",
            ["Input.Targeting.Traits[0].Value"] = "many",
            ["Input.Targeting.Accounts"] = null,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Compare this trait with a number, like 250.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var stored = await db.Engagements.SingleAsync(e => e.Id == engagement.Id);
        Assert.Equal((engagement.Name, 0), (stored.Name, stored.Targeting.Traits.Count));
    }

    [Fact]
    public async Task SaveTargetingThatTheNextDecisionUses()
    {
        var engagement = await portal.AddEngagementAsync();
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        Assert.Single(await portal.EngagementsForAsync("user-002-02", engagement.Placement));

        var response = await csm.SubmitAsync($"/csm/nudges/{engagement.Id}", null, new()
        {
            ["Input.Targeting.Stages"] = "Onboarding",
            ["Input.Targeting.Features[0].FeatureKey"] = "reports",
            ["Input.Targeting.Features[0].Used"] = "false",
            ["Input.Targeting.Features[0].WithinDays"] = "30",
            ["Input.Targeting.Accounts"] = null,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = portal.CreateDb();
        var stored = await db.Engagements.SingleAsync(e => e.Id == engagement.Id);
        Assert.Equal([Domain.Accounts.LifecycleStage.Onboarding], stored.Targeting.Stages);
        Assert.Equal(("reports", false, 30), (stored.Targeting.Features[0].FeatureKey, stored.Targeting.Features[0].Used, stored.Targeting.Features[0].WithinDays));
        // Aurora is in adoption, not onboarding: the saved rule applies at once.
        Assert.Empty(await portal.EngagementsForAsync("user-002-02", engagement.Placement));
    }

    [Fact]
    public async Task CreateADraftThatNoOneSees()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await csm.SubmitAsync("/csm/nudges", null, new() { ["NewName"] = "Try alerts", ["NewKind"] = "Modal" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = portal.CreateDb();
        var draft = await db.Engagements.SingleAsync(e => e.Name == "Try alerts");
        Assert.Equal((EngagementKind.Modal, EngagementStatus.Draft), (draft.Kind, draft.Status));
        Assert.Equal($"/csm/nudges/{draft.Id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ShowLiftOrSayThereIsNotEnoughData()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await csm.GetStringAsync($"/csm/nudges/{await IdOfAsync(DemoNudges.ReportsTooltipId)}/lift");

        Assert.Contains("Not enough data yet: lift needs at least 30 people in each group.", html, StringComparison.Ordinal);
    }
}
