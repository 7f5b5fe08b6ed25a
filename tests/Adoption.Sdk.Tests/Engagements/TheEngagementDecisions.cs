using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests.Engagements;

/// <summary>GetEngagementsAsync: the wire contract, typed results, the per-user cache and shared requests.</summary>
public sealed class TheEngagementDecisions
{
    private static readonly string[] HomeAndReports = ["home", "reports"];

    [Fact]
    public async Task AskThePortalWithTheServerKeyAndReturnTypedEngagements()
    {
        await using var sdk = await EngagementHarness.StartAsync();

        var engagements = await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, HomeAndReports, "fi");

        var request = Assert.Single(sdk.Portal.DecideRequests);
        Assert.Equal("""{"userId":"user-001-01","locale":"fi","placements":["home","reports"]}""", request.ToJsonString());
        var banner = Assert.Single(engagements);
        Assert.Equal(("ngm_banner1", EngagementKind.Banner, "home", 50, true, 7, null), (banner.Id, banner.Kind, banner.Placement, banner.Priority, banner.Dismissible, banner.SnoozeDays, banner.Anchor));
        Assert.Equal(("fi", "Kokeile raportteja", "Raportit säästävät aikaa.", "Kokeile", "/reports/new"),
            (banner.Content.Locale, banner.Content.Title, banner.Content.Body, banner.Content.CtaLabel, banner.Content.CtaUrl));
        Assert.Empty(banner.Steps);
        Assert.Equal("tok-banner1", banner.Token);
    }

    [Fact]
    public async Task ReadChecklistStepsAndTooltipAnchorsAndSkipKindsItDoesNotKnow()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = """
            [ { "id": "ngm_new", "kind": "hologram", "placement": "home", "token": "t0", "content": { "title": "?" } },
              { "id": "ngm_list", "kind": "checklist", "placement": "home", "priority": 10, "token": "t1",
                "content": { "locale": "en", "title": "Get started", "body": "Three steps" },
                "steps": [ { "key": "import-data", "label": "Import your data", "done": true }, { "key": "invite", "label": "Invite a colleague", "done": false } ] },
              { "id": "ngm_tip", "kind": "tooltip", "placement": "home", "anchor": "#export", "token": "t2", "content": { "title": "Export", "body": "Here" } } ]
            """;

        var engagements = await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);

        Assert.Equal(["ngm_list", "ngm_tip"], engagements.Select(e => e.Id));
        Assert.Equal([("import-data", "Import your data", true), ("invite", "Invite a colleague", false)],
            engagements[0].Steps.Select(s => (s.Key, s.Label, s.Done)));
        Assert.Equal((EngagementKind.Tooltip, "#export"), (engagements[1].Kind, engagements[1].Anchor));
    }

    [Fact]
    public async Task ServeRepeatPageViewsFromTheCacheUntilTheDecisionExpires()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.DecisionCacheDuration = TimeSpan.FromSeconds(30));

        await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);
        var again = sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);

        Assert.True(again.IsCompletedSuccessfully, "a cached decision is returned without waiting");
        Assert.Single(await again);
        Assert.Single(sdk.Portal.DecideRequests);

        sdk.Clock.Advance(TimeSpan.FromSeconds(31));
        sdk.Portal.Decisions[EngagementHarness.Anna] = "[]";
        await sdk.EventuallyAsync(e => e.Count == 0, "the refreshed, empty decision");
        Assert.Equal(2, sdk.Portal.DecideRequests.Count);
    }

    [Fact]
    public async Task KeepThePortalsShorterCacheTime()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.CacheSeconds = 5;

        await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);
        sdk.Clock.Advance(TimeSpan.FromSeconds(6));
        await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);

        await sdk.Portal.WaitForDecideRequestsAsync(2);
    }

    [Fact]
    public async Task ShareOneRequestAmongAHundredConcurrentCallsForOneUser()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Hold();

        var calls = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home)))
            .ToArray();
        await sdk.Portal.WaitForDecideRequestsAsync(1);
        // Every call waits within its decision budget (a timer each) for the one answer.
        await sdk.Clock.WaitingAsync(sdk.Options.DecisionTimeout, count: 100);
        Assert.DoesNotContain(calls, c => c.IsCompleted);
        sdk.Portal.Release();
        var results = await Task.WhenAll(calls);

        Assert.Single(sdk.Portal.DecideRequests);
        Assert.All(results, r => Assert.Equal("ngm_banner1", Assert.Single(r).Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Home")]
    [InlineData("home page")]
    [InlineData("a-placement-name-that-is-far-too-long-for-the-portal")]
    public async Task ReturnNothingWithoutAskingForAPlacementThePortalWouldRefuse(string placement)
    {
        await using var sdk = await EngagementHarness.StartAsync();

        var engagements = await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, [placement]);

        Assert.Empty(engagements);
        Assert.Empty(sdk.Portal.DecideRequests);
        Assert.Contains(sdk.Logs.Entries, e => e.EventId == 11);
    }

    [Fact]
    public async Task ReturnNothingWithoutAServerKeyAndSayWhyOnce()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.ServerKey = null);

        Assert.Empty(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));
        Assert.Empty(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));

        Assert.Empty(sdk.Portal.DecideRequests);
        var said = sdk.Logs.Entries.Where(e => e.EventId == 11).ToList();
        Assert.Equal([Microsoft.Extensions.Logging.LogLevel.Warning, Microsoft.Extensions.Logging.LogLevel.Debug], said.Select(e => e.Level));
        Assert.Contains("ServerKey", said[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnNothingAndExplainAWrongServerKey()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.ServerKey = "sk_wrong");

        Assert.Empty(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));

        var failed = await sdk.Logs.WaitForAsync(eventId: 12);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, failed.Level);
        Assert.Contains("HTTP 401", failed.Message, StringComparison.Ordinal);
        Assert.Contains("ServerKey", failed.Message, StringComparison.Ordinal);
    }
}
