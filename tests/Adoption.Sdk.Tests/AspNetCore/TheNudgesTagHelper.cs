using AngleSharp.Html.Parser;
using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests.AspNetCore;

/// <summary>&lt;adoption-nudges placement="…" /&gt;: accessible HTML with the fixed hooks, or nothing at all.</summary>
public sealed class TheNudgesTagHelper
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task RenderABannerAsALabelledRegionWithRealFormButtons()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock, o => o.IncludeAssets = false);
        var http = rendering.NewRequest();

        var html = await rendering.RenderAsync("home", http);

        Assert.Equal(
            "<section class=\"adoption-nudge adoption-banner\" data-adoption-nudge=\"ngm_banner1\" data-adoption-kind=\"banner\" aria-labelledby=\"adoption-ngm_banner1-title\" role=\"region\">"
            + "<h2 class=\"adoption-title\" id=\"adoption-ngm_banner1-title\" lang=\"fi\">Kokeile raportteja</h2>"
            + "<p class=\"adoption-body\" id=\"adoption-ngm_banner1-body\" lang=\"fi\">Raportit säästävät aikaa.</p>"
            + "<form class=\"adoption-actions\" method=\"post\" action=\"/_adoption/outcomes\">"
            + "<input type=\"hidden\" name=\"token\" value=\"tok-banner1\">"
            + "<input type=\"hidden\" name=\"returnUrl\" value=\"/reports?view=all\">"
            + "<button type=\"submit\" class=\"adoption-cta\" name=\"kind\" value=\"cta\" formaction=\"/_adoption/outcomes?next=%2Freports%2Fnew\" data-adoption-action=\"cta\">Kokeile</button>"
            + "<button type=\"submit\" class=\"adoption-snooze\" name=\"kind\" value=\"snoozed\" data-adoption-action=\"snooze\">Muistuta 7 päivän päästä</button>"
            + "<button type=\"submit\" class=\"adoption-dismiss\" name=\"kind\" value=\"dismissed\" data-adoption-action=\"dismiss\">Hylkää</button>"
            + "</form></section>",
            html);
    }

    [Fact]
    public async Task RenderWithoutMakingAnAntiforgeryToken()
    {
        // The token costs most of a render; the script asks for it when the user acts (docs/decisions/0020).
        await using var sdk = await EngagementHarness.StartAsync();
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);
        var http = rendering.NewRequest();

        var html = await rendering.RenderAsync("home", http);

        Assert.Contains("data-adoption-nudge=\"ngm_banner1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.Equal(0, http.Response.Headers.SetCookie.Count);
    }

    [Fact]
    public async Task RenderAModalAsADialogNamedAndDescribedByItsText()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = """
            [ { "id": "ngm_modal", "kind": "modal", "placement": "home", "dismissible": false, "snoozeDays": 0, "token": "t-modal",
                "content": { "locale": "en", "title": "New: scheduled reports", "body": "Send a report every Monday." } } ]
            """;
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);

        var page = Parser.ParseDocument(await rendering.RenderAsync("home"));

        var dialog = Assert.Single(page.QuerySelectorAll("dialog[data-adoption-nudge='ngm_modal'][data-adoption-kind='modal']"));
        Assert.Equal("New: scheduled reports", page.GetElementById(dialog.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Equal("Send a report every Monday.", page.GetElementById(dialog.GetAttribute("aria-describedby")!)!.TextContent);
        Assert.False(dialog.HasAttribute("open"), "the script opens it with showModal(), which makes the page behind inert");
        // Not dismissible for good, yet it can always be closed for this page, by button or Escape.
        Assert.Empty(dialog.QuerySelectorAll("[data-adoption-action='dismiss']"));
        Assert.Equal("Close", dialog.QuerySelector("button[data-adoption-close]")!.TextContent);
    }

    [Fact]
    public async Task RenderATooltipHiddenUntilTheScriptFindsItsAnchor()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = """
            [ { "id": "ngm_tip", "kind": "tooltip", "placement": "home", "anchor": "#export \"x\"", "dismissible": true, "token": "t-tip",
                "content": { "locale": "it", "title": "Esporta", "body": "Da qui." } },
              { "id": "ngm_lost", "kind": "tooltip", "placement": "home", "anchor": null, "token": "t-lost", "content": { "title": "?" } } ]
            """;
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);

        var page = Parser.ParseDocument(await rendering.RenderAsync("home"));

        var tip = Assert.Single(page.QuerySelectorAll("[data-adoption-kind='tooltip']"));
        Assert.Equal(("ngm_tip", "#export \"x\"", "dialog", true), (tip.GetAttribute("data-adoption-nudge"), tip.GetAttribute("data-adoption-anchor"), tip.GetAttribute("role"), tip.HasAttribute("hidden")));
        Assert.Equal("Ignora", tip.QuerySelector("[data-adoption-action='dismiss']")!.TextContent);
    }

    [Fact]
    public async Task RenderAChecklistWithItsProgress()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = """
            [ { "id": "ngm_list", "kind": "checklist", "placement": "home", "token": "t-list", "content": { "locale": "zh-Hans", "title": "开始使用", "body": "三个步骤" },
                "steps": [ { "key": "import-data", "label": "导入数据", "done": true }, { "key": "invite", "label": "邀请同事", "done": false }, { "key": "report", "label": "创建报告", "done": false } ] } ]
            """;
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);

        var page = Parser.ParseDocument(await rendering.RenderAsync("home"));

        var list = page.QuerySelector("[data-adoption-kind='checklist']")!;
        Assert.Equal("region", list.GetAttribute("role"));
        var progress = list.QuerySelector("progress")!;
        Assert.Equal(("3", "1"), (progress.GetAttribute("max"), progress.GetAttribute("value")));
        Assert.Equal("已完成 1/3", page.GetElementById(progress.GetAttribute("aria-labelledby")!)!.TextContent);
        Assert.Equal(["已完成: 导入数据", "待完成: 邀请同事", "待完成: 创建报告"], list.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(["true", "false", "false"], list.QuerySelectorAll("li").Select(li => li.GetAttribute("data-adoption-done")));
    }

    [Fact]
    public async Task EncodeThePortalsTextAsText()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = """
            [ { "id": "ngm_x\"><b", "kind": "banner", "placement": "home", "token": "t\"x", "content": { "title": "<script>alert(1)</script>", "body": "a & b",
                "ctaLabel": "Go", "ctaUrl": "/x?a=1&b=\"2\"" } } ]
            """;
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);

        var html = await rendering.RenderAsync("home");
        var page = Parser.ParseDocument(html);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector(".adoption-title")!.TextContent);
        Assert.Equal("ngm_x\"><b", page.QuerySelector("section")!.GetAttribute("data-adoption-nudge"));
        Assert.Empty(page.QuerySelectorAll("b"));
    }

    [Fact]
    public async Task AddTheScriptAndStylesheetOnceAPageWithTheNonce()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = $"[{FakeEngagementPortal.Banner()}, {FakeEngagementPortal.Banner("ngm_b2", "tok-b2", "reports")}]";
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);
        var http = rendering.NewRequest();

        var first = Parser.ParseDocument(await rendering.RenderAsync("home", http, nonce: "r4nd0m"));
        var second = Parser.ParseDocument(await rendering.RenderAsync("reports", http, nonce: "r4nd0m"));

        var script = Assert.Single(first.QuerySelectorAll("script"));
        Assert.Equal(("/_content/Adoption.Sdk.AspNetCore/adoption-nudges.js", "r4nd0m", true), (script.GetAttribute("src"), script.GetAttribute("nonce"), script.HasAttribute("defer")));
        Assert.Equal("/_content/Adoption.Sdk.AspNetCore/adoption-nudges.css", first.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href"));
        Assert.Empty(second.QuerySelectorAll("script, link"));
        Assert.Empty(first.QuerySelectorAll("[style], [onclick]"));
    }

    [Fact]
    public async Task RenderNothingForNobodySignedInOrAnotherPlacement()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);

        Assert.Equal("", await rendering.RenderAsync("home", rendering.NewRequest(userId: null)));
        Assert.Equal("", await rendering.RenderAsync("settings"));
    }

    [Fact]
    public async Task RenderNothingAtOnceWhenThePortalIsDown()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        await sdk.Portal.GoDownAsync();
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);
        Assert.Equal("", await rendering.RenderAsync("home"));

        var next = rendering.RenderAsync("home", rendering.NewRequest("user-002-01"));

        Assert.True(next.IsCompletedSuccessfully, "the page is not held while the portal is known to be down");
        Assert.Equal("", await next);
    }

    [Fact]
    public async Task RecordSeenOnceADayPerNudge()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);

        await rendering.RenderAsync("home");
        await rendering.RenderAsync("home");
        await sdk.Client.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(sdk.Portal.Outcomes);

        sdk.Clock.Advance(TimeSpan.FromDays(1));
        await rendering.RenderAsync("home");
        await sdk.Client.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal([("tok-banner1", "user-001-01", "seen"), ("tok-banner1", "user-001-01", "seen")],
            sdk.Portal.Outcomes.Select(o => (o["token"]!.GetValue<string>(), o["userId"]!.GetValue<string>(), o["kind"]!.GetValue<string>())));
    }

    [Fact]
    public async Task RecordSeenOnceADayEvenWhenTheNextDecisionCarriesAFreshToken()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.DecisionCacheDuration = TimeSpan.FromSeconds(10));
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock);
        Assert.Contains("tok-banner1", await rendering.RenderAsync("home"), StringComparison.Ordinal);
        // Delivered before the fake clock jumps, or the jump would time out its request and wait on a retry.
        await sdk.Client.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));

        sdk.Portal.Decisions[EngagementHarness.Anna] = $"[{FakeEngagementPortal.Banner(token: "tok-banner1-again")}]";
        sdk.Clock.Advance(TimeSpan.FromSeconds(11));
        await rendering.RenderAsync("home");
        await Eventually.TrueAsync(() => sdk.Portal.DecideRequests.Count == 2, "the refreshed decision");
        // The cached decision shows (already seen today) until the refreshed one is in the cache.
        await Eventually.TrueAsync(async () => (await rendering.RenderAsync("home")).Contains("tok-banner1-again", StringComparison.Ordinal),
            "the refreshed decision's token in the nudge");
        Assert.Contains("tok-banner1-again", await rendering.RenderAsync("home"), StringComparison.Ordinal);
        await sdk.Client.FlushAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("tok-banner1", Assert.Single(sdk.Portal.Outcomes)["token"]!.GetValue<string>());
    }
}
