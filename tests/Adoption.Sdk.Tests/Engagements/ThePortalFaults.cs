using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests.Engagements;

/// <summary>
/// Whatever the portal does (down, slow, back again), a page asking for engagements gets an answer at once or
/// within the budget, never an exception, and what users did meanwhile reaches the portal when it returns.
/// </summary>
public sealed class ThePortalFaults
{
    [Fact]
    public async Task ReturnNothingWhenThePortalIsDownAndAfterThatAnswerWithoutTrying()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        await sdk.Portal.GoDownAsync();

        Assert.Empty(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));
        var next = sdk.Client.GetEngagementsAsync("user-002-01", EngagementHarness.Home);

        // No wait and no connection attempt: the portal is known to be down for a pause.
        Assert.True(next.IsCompletedSuccessfully);
        Assert.Empty(await next);
        Assert.Contains(sdk.Logs.Entries, e => e.EventId == 12 && e.Message.Contains("HttpRequestException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReturnNothingWhenTheBudgetPassesAndLetTheLateAnswerFillTheCache()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.DecisionTimeout = TimeSpan.FromMilliseconds(150));
        sdk.Portal.Hold();

        var page = sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);
        await sdk.Portal.WaitForDecideRequestsAsync(1);
        Assert.False(page.IsCompleted, "the page waits for the portal, but only within the budget");
        sdk.Clock.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Empty(await page);

        // Other pages do not wait for the slow portal meanwhile.
        var other = sdk.Client.GetEngagementsAsync("user-002-01", EngagementHarness.Home);
        Assert.True(other.IsCompletedSuccessfully);

        sdk.Portal.Release();
        var later = await sdk.EventuallyAsync(e => e.Count == 1, "the late answer, from the cache");
        Assert.Equal("ngm_banner1", later[0].Id);
        Assert.Single(sdk.Portal.DecideRequests);
    }

    [Fact]
    public async Task ReturnNothingWhenThePageGivesUpWaiting()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Hold();
        using var pageAborted = new CancellationTokenSource();

        var page = sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home, cancellationToken: pageAborted.Token);
        await pageAborted.CancelAsync();

        Assert.Empty(await page);
    }

    [Fact]
    public async Task ServeTheCachedDecisionWhileThePortalIsDown()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.DecisionCacheDuration = TimeSpan.FromSeconds(30));
        Assert.Single(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));
        await sdk.Portal.GoDownAsync();

        // Past its cache time the decision is still shown while the portal is asked again, and while it is down.
        for (var minute = 1; minute <= 30; minute++)
        {
            sdk.Clock.Advance(TimeSpan.FromMinutes(1));
            var page = sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home);
            Assert.True(page.IsCompletedSuccessfully);
            Assert.Equal("ngm_banner1", Assert.Single(await page).Id);
        }
    }

    [Fact]
    public async Task DeliverOutcomesRecordedWhileThePortalWasDownWhenItReturns()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        await sdk.Portal.GoDownAsync();

        sdk.Client.RecordOutcome(EngagementHarness.Anna, "tok-banner1", OutcomeKind.Seen, SdkHarness.Start);
        sdk.Client.RecordOutcome(EngagementHarness.Anna, "tok-banner1", OutcomeKind.Dismissed, SdkHarness.Start.AddSeconds(5));
        var flush = sdk.Client.FlushAsync();
        var retry = await sdk.Logs.WaitForAsync(eventId: 13);
        await sdk.Portal.ComeBackAsync();
        sdk.Clock.Advance(retry.Value<TimeSpan>("Delay"));
        await flush.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(
            [
                """{"token":"tok-banner1","userId":"user-001-01","kind":"seen","at":"2025-03-01T09:00:00Z"}""",
                """{"token":"tok-banner1","userId":"user-001-01","kind":"dismissed","at":"2025-03-01T09:00:05Z"}""",
            ],
            sdk.Portal.Outcomes.Select(o => o.ToJsonString()));
    }

    [Fact]
    public async Task DeliverASurveyAnswerGivenWhileThePortalWasDownWhenItReturns()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        await sdk.Portal.GoDownAsync();

        sdk.Client.RecordSurveyAnswer(EngagementHarness.Anna, "tok-survey1", 9, "The alerts.", mayContact: true, SdkHarness.Start.AddSeconds(30));
        var flush = sdk.Client.FlushAsync();
        var retry = await sdk.Logs.WaitForAsync(eventId: 13);
        await sdk.Portal.ComeBackAsync();
        sdk.Clock.Advance(retry.Value<TimeSpan>("Delay"));
        await flush.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(
            """{"token":"tok-survey1","userId":"user-001-01","score":9,"comment":"The alerts.","mayContact":true,"at":"2025-03-01T09:00:30Z"}""",
            Assert.Single(sdk.Portal.Answers).ToJsonString());
    }

    [Fact]
    public async Task KeepRetryingOutcomesPastTheEventRetryLimit()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.MaxRetries = 1);
        await sdk.Portal.GoDownAsync();

        sdk.Client.RecordOutcome(EngagementHarness.Anna, "tok-banner1", OutcomeKind.Cta);
        var flush = sdk.Client.FlushAsync();
        for (var retry = 1; retry <= 4; retry++)
        {
            var scheduled = await sdk.Logs.WaitForAsync(eventId: 13, occurrence: retry);
            if (retry == 4)
            {
                await sdk.Portal.ComeBackAsync();
            }

            sdk.Clock.Advance(scheduled.Value<TimeSpan>("Delay"));
        }

        await flush.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("cta", Assert.Single(sdk.Portal.Outcomes)["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task HideADismissedEngagementFromTheCacheAtOnce()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        Assert.Single(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));

        sdk.Client.RecordOutcome(EngagementHarness.Anna, "tok-banner1", OutcomeKind.Dismissed);

        Assert.Empty(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));
    }

    [Fact]
    public async Task KeepADismissedEngagementHiddenWhenTheNextDecisionStillHasIt()
    {
        // The outcome may still be queued when the cache is refreshed; the portal does not know it yet.
        await using var sdk = await EngagementHarness.StartAsync(o => o.DecisionCacheDuration = TimeSpan.FromSeconds(10));
        Assert.Single(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));
        sdk.Client.RecordOutcome(EngagementHarness.Anna, "tok-banner1", OutcomeKind.Dismissed);
        // The next decision still has it, and a second banner that shows when that decision is in the cache.
        sdk.Portal.Decisions[EngagementHarness.Anna] =
            $"[{FakeEngagementPortal.Banner()},{FakeEngagementPortal.Banner(id: "ngm_banner2", token: "tok-banner2")}]";

        sdk.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Empty(await sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home));
        await sdk.Portal.WaitForDecideRequestsAsync(2);
        var refreshed = await sdk.EventuallyAsync(e => e.Count > 0, "the refreshed decision");

        Assert.Equal("ngm_banner2", Assert.Single(refreshed).Id);
        Assert.Equal(2, sdk.Portal.DecideRequests.Count);
    }

    [Fact]
    public async Task DropAnOutcomeWithoutATokenAndSayWhy()
    {
        await using var sdk = await EngagementHarness.StartAsync();

        sdk.Client.RecordOutcome(EngagementHarness.Anna, "", OutcomeKind.Seen);
        sdk.Client.RecordOutcome("", "tok-banner1", OutcomeKind.Seen);
        sdk.Client.RecordOutcome(EngagementHarness.Anna, "tok-banner1", (OutcomeKind)42);
        await sdk.Client.FlushAsync();

        Assert.Empty(sdk.Portal.Outcomes);
        Assert.Equal(3, sdk.Logs.Entries.Count(e => e.EventId == 2));
    }

    [Fact]
    public async Task CountPageViewsThatGaveUpTogetherAsOneFailureAndTryAgainAfterTheFirstPause()
    {
        await using var sdk = await EngagementHarness.StartAsync(o => o.DecisionTimeout = TimeSpan.FromMilliseconds(150));
        sdk.Portal.Hold();
        var pages = Enumerable.Range(0, 20).Select(_ => sdk.Client.GetEngagementsAsync(EngagementHarness.Anna, EngagementHarness.Home)).ToArray();
        await sdk.Portal.WaitForDecideRequestsAsync(1);

        sdk.Clock.Advance(TimeSpan.FromMilliseconds(150));
        Assert.All(await Task.WhenAll(pages), Assert.Empty);
        sdk.Portal.Release();
        sdk.Clock.Advance(TimeSpan.FromSeconds(5));
        _ = sdk.Client.GetEngagementsAsync("user-002-01", EngagementHarness.Home);

        // The pause was the first one (5 s), not twenty failures' worth: the portal is asked again.
        await sdk.Portal.WaitForDecideRequestsAsync(2);
    }
}
