using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Outcomes;

/// <summary>An outcome metric bound to an adoption figure shows the figure the adoption page shows, and follows new events.</summary>
public sealed class TheLiveMetrics(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AgreeWithTheAdoptionPage()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var plan = WebUtility.HtmlDecode(await anna.GetStringAsync("/plan"));
        var adoption = WebUtility.HtmlDecode(await anna.GetStringAsync("/adoption"));

        var now = Regex.Match(plan, @"Weekly active users</span>\s*<span class=""metric-values"">baseline [\d,]+ → target [\d,]+ → now (?:<strong>)?([\d,]+)").Groups[1].Value;
        Assert.NotEmpty(now);
        Assert.Contains($"data-testid=\"wau\">{now}</p>", adoption, StringComparison.Ordinal);
        Assert.Contains("Live: Weekly active people, updated as your team uses the product.", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowsNewEventsSentThroughTheTrackingApi()
    {
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.Where(o => o.Plan!.AccountId == 1 && o.CustomerVisible).OrderBy(o => o.Order).FirstAsync();
        var api = await db.KeyFeatures.SingleAsync(f => f.Key == "api");
        db.Metrics.Add(new OutcomeMetric { ObjectiveId = objective.Id, Name = "People on the API", Unit = "people", Baseline = 0, Target = 10, Source = MetricSource.FeatureUsers, FeatureId = api.Id });
        await db.SaveChangesAsync();
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var before = Now(await anna.GetStringAsync("/plan"), "People on the API");

        var client = portal.CreatePortalClient();
        var sent = await client.PostAsync("/v1/batch", TrackingApi.Batch(
            TrackingApi.Track("live-metric-1", "API Token Created", user: "user-001-01"),
            TrackingApi.Track("live-metric-2", "API Token Created", user: "user-001-02")));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        await portal.FlushRollupsAsync();

        var after = Now(await anna.GetStringAsync("/plan"), "People on the API");
        Assert.Equal(before + 2, after);
        Assert.Equal(after, Now(await anna.GetStringAsync($"/plan/objectives/{objective.Id}"), "People on the API"));
    }

    [Fact]
    public async Task ShowsWhoEnteredAHandEnteredValueAndWhen()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var metric = await db.Metrics.Where(m => m.Source == MetricSource.Manual && db.Objectives.Any(o => o.Id == m.ObjectiveId && o.Plan!.AccountId == 1 && o.CustomerVisible)).FirstAsync();

        var saved = await maria.SubmitAsync($"/csm/metrics/{metric.Id}", null, new() { ["Input.Current"] = "17" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var plan = WebUtility.HtmlDecode(await (await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email)).GetStringAsync("/plan"));
        var day = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en"));
        Assert.Contains($"Entered by Maria Santos on {day}.", plan, StringComparison.Ordinal);
        Assert.Equal(17, Now(plan, metric.Name));
    }

    [Fact]
    public async Task RefusesAFeatureMetricWithoutAFeatureAndSavesNothing()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.Where(o => o.Plan!.AccountId == 1).OrderBy(o => o.Id).FirstAsync();
        var count = await db.Metrics.CountAsync(m => m.ObjectiveId == objective.Id);

        var response = await maria.SubmitAsync($"/csm/objectives/{objective.Id}", "AddMetric", new()
        {
            ["NewMetric.Name"] = "Dashboard users", ["NewMetric.Baseline"] = "0", ["NewMetric.Target"] = "10",
            ["NewMetric.Source"] = nameof(MetricSource.FeatureUsers), ["NewMetric.FeatureId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the key feature whose users the metric counts.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(count, await db.Metrics.CountAsync(m => m.ObjectiveId == objective.Id));
    }

    private static int Now(string html, string metric)
    {
        var match = Regex.Match(WebUtility.HtmlDecode(html), $@"{Regex.Escape(metric)}</span>\s*<span class=""metric-values"">baseline [\d,.]+ → target [\d,.]+ → now (?:<strong>)?([\d,]+)");
        Assert.True(match.Success, $"No metric \"{metric}\" on the page.");
        return int.Parse(match.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }
}
