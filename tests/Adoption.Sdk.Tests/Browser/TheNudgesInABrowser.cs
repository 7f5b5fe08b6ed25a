using Adoption.Sdk.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Adoption.Sdk.Tests.Browser;

/// <summary>The nudges as a person meets them: in Chromium, under the sample's strict CSP, by mouse and by keyboard.</summary>
public sealed class TheNudgesInABrowser(BrowserSampleHost host) : IClassFixture<BrowserSampleHost>
{
    private static string Modal(string id) => $$"""
        { "id": "{{id}}", "kind": "modal", "placement": "home", "priority": 90, "dismissible": true, "snoozeDays": 3, "anchor": null,
          "content": { "locale": "en", "title": "Alerts are here", "body": "Hear about delays before your customers do.", "ctaLabel": "Create an alert", "ctaUrl": "/Alerts" },
          "steps": [], "token": "tok-{{id}}" }
        """;

    [Fact]
    public async Task DismissABannerWithoutLeavingThePageAndKeepItGoneOnReload()
    {
        host.Portal.Decisions["user-001-01"] = $"[{FakeEngagementPortal.Banner("ngm_b_anna", "tok-b-anna")}]";
        var page = await host.SignedInPageAsync("user-001-01");
        var banner = page.GetByRole(AriaRole.Region, new() { Name = "Kokeile raportteja" });
        await Assertions.Expect(banner).ToBeVisibleAsync();
        // The page carries no antiforgery token, and nothing asks for one until the user acts.
        Assert.Equal(0, await TokenRequestsAsync(page));

        await banner.Locator("[data-adoption-action='dismiss']").ClickAsync();

        await Assertions.Expect(banner).ToBeHiddenAsync();
        Assert.Equal(host.BaseUrl + "/", page.Url);
        await Eventually.TrueAsync(() => host.Portal.Outcomes.Any(o => o["token"]!.GetValue<string>() == "tok-b-anna" && o["kind"]!.GetValue<string>() == "dismissed"), "the dismissal");
        Assert.Equal(1, await TokenRequestsAsync(page));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-adoption-nudge='ngm_b_anna']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task WorkTheModalByKeyboardAlone()
    {
        host.Portal.Decisions["user-001-02"] = $"[{Modal("ngm_m_ben")}]";
        var page = await host.SignedInPageAsync("user-001-02");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Alerts are here" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationAsync(page);

        // Focus starts inside and Tab, forwards and back, never leaves it.
        for (var i = 0; i < 7; i++)
        {
            Assert.True(await FocusInside(page), $"focus inside the dialog after {i} Tabs");
            await page.Keyboard.PressAsync(i % 3 == 2 ? "Shift+Tab" : "Tab");
        }

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Eventually.TrueAsync(() => host.Portal.Outcomes.Any(o => o["token"]!.GetValue<string>() == "tok-ngm_m_ben" && o["kind"]!.GetValue<string>() == "dismissed"), "Escape dismissing the modal");
    }

    [Fact]
    public async Task FollowTheModalsCallToActionWithEnter()
    {
        host.Portal.Decisions["user-001-05"] = $"[{Modal("ngm_m_eva")}]";
        var page = await host.SignedInPageAsync("user-001-05");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();

        Assert.Equal("cta", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-adoption-action')"));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(host.BaseUrl + "/Alerts");
        await Eventually.TrueAsync(() => host.Portal.Outcomes.Any(o => o["token"]!.GetValue<string>() == "tok-ngm_m_eva" && o["kind"]!.GetValue<string>() == "cta"), "the call to action");
    }

    [Fact]
    public async Task PlaceATooltipUnderItsAnchorAndDescribeTheAnchorWithIt()
    {
        host.Portal.Decisions["user-002-01"] = """
            [ { "id": "ngm_tip", "kind": "tooltip", "placement": "reports", "priority": 10, "dismissible": true, "snoozeDays": 0, "anchor": "#schedule-report",
                "content": { "locale": "fi", "title": "Ajasta raportti", "body": "Saat sen joka maanantai.", "ctaLabel": null, "ctaUrl": null }, "steps": [], "token": "tok-tip" } ]
            """;
        var page = await host.SignedInPageAsync("user-002-01");
        await page.GotoAsync("/Reports");

        var tip = page.Locator("[data-adoption-nudge='ngm_tip']");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var anchor = await page.Locator("#schedule-report").BoundingBoxAsync();
        var box = await tip.BoundingBoxAsync();
        await AssertNoSeriousAxeViolationAsync(page);
        Assert.InRange(box!.Y, anchor!.Y + anchor.Height, anchor.Y + anchor.Height + 40);
        Assert.Equal("Saat sen joka maanantai.", await page.EvaluateAsync<string>(
            "() => document.getElementById(document.querySelector('#schedule-report').getAttribute('aria-describedby')).textContent"));
    }

    [Fact]
    public async Task PassAxeWithoutASeriousViolationAndRaiseNoCspViolation()
    {
        host.Portal.Decisions["user-003-01"] = $$"""
            [ {{FakeEngagementPortal.Banner("ngm_b_giulia", "tok-b-giulia")}},
              { "id": "ngm_list", "kind": "checklist", "placement": "home", "priority": 20, "dismissible": true, "snoozeDays": 7, "anchor": null,
                "content": { "locale": "it", "title": "Per iniziare", "body": "Tre passi.", "ctaLabel": null, "ctaUrl": null },
                "steps": [ { "key": "import", "label": "Importa i dati", "done": true }, { "key": "invite", "label": "Invita un collega", "done": false } ], "token": "tok-list" } ]
            """;
        var violations = new List<string>();
        var page = await host.SignedInPageAsync("user-003-01");
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-adoption-kind='checklist']")).ToBeVisibleAsync();

        await AssertNoSeriousAxeViolationAsync(page);
        Assert.Empty(violations);
    }

    // Every request the page made so far, its load included, is in its resource timing entries.
    private static Task<int> TokenRequestsAsync(IPage page) => page.EvaluateAsync<int>(
        "() => performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname === '/_adoption/outcomes/token').length");

    private static async Task AssertNoSeriousAxeViolationAsync(IPage page)
    {
        var axe = await page.RunAxe(new AxeRunContext { Include = [new AxeSelector("[data-adoption-nudge]")] });
        Assert.NotEmpty(axe.Passes);
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    private static Task<bool> FocusInside(IPage page) =>
        page.EvaluateAsync<bool>("() => !!document.activeElement.closest('dialog[data-adoption-nudge]')");
}
