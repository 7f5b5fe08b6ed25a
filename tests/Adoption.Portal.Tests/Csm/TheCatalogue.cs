using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>What CSMs reuse across accounts: the key-feature catalogue and the plan templates.</summary>
public sealed class TheCatalogue(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AddsAKeyFeatureWithAnEventRuleAndTheModuleThatTeachesIt()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var module = await db.TrainingModules.SingleAsync(m => m.Title == "Reading trends");

        var added = await maria.SubmitAsync("/csm/features", null, new() { ["NewFeature.Name"] = "Forecasts", ["NewFeature.Key"] = "forecasts" });
        var featurePage = added.Headers.Location!.OriginalString;
        Assert.Contains("Feature added.", await maria.FollowAsync(added), StringComparison.Ordinal);
        await maria.SubmitAsync(featurePage, "AddRule", new() { ["NewRule.EventName"] = "Forecast Run", ["NewRule.PropertyName"] = "horizon", ["NewRule.PropertyValue"] = "quarter" });
        var saved = await maria.SubmitAsync(featurePage, null, new() { ["Input.ModuleId"] = $"{module.Id}" });
        Assert.Contains("Feature saved.", await maria.FollowAsync(saved), StringComparison.Ordinal);

        var feature = await db.KeyFeatures.AsNoTracking().Include(f => f.Rules).SingleAsync(f => f.Key == "forecasts");
        var rule = Assert.Single(feature.Rules);
        Assert.Equal(("Forecast Run", "horizon", "quarter"), (rule.EventName, rule.PropertyName, rule.PropertyValue));
        Assert.Equal(feature.Id, (await db.TrainingModules.AsNoTracking().SingleAsync(m => m.Id == module.Id)).KeyFeatureId);
        var catalogue = await maria.GetStringAsync("/csm/features");
        Assert.Contains("Reading trends", catalogue, StringComparison.Ordinal);
        Assert.Contains("where horizon = quarter", catalogue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventRuleCountsFromTheNextEventAndARemovedOneStopsAtOnce()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var api = portal.CreatePortalClient();
        await using var db = portal.CreateDb();
        // The first call loads the rules the tracking API holds; the fake clock never lets them expire.
        await api.PostAsync("/v1/track", TrackingApi.Track("rule-before", eventName: "Budget Shared"));
        var added = await maria.SubmitAsync("/csm/features", null, new() { ["NewFeature.Name"] = "Budgets", ["NewFeature.Key"] = "budgets" });
        var featurePage = added.Headers.Location!.OriginalString;
        await maria.SubmitAsync(featurePage, "AddRule", new() { ["NewRule.EventName"] = "Budget Shared" });

        await api.PostAsync("/v1/track", TrackingApi.Track("rule-after", eventName: "Budget Shared"));
        var feature = await db.KeyFeatures.AsNoTracking().Include(f => f.Rules).SingleAsync(f => f.Key == "budgets");
        Assert.Single(feature.Rules);
        var removed = await maria.SubmitAsync(featurePage, "RemoveRule");
        Assert.Contains("Event rule removed.", await maria.FollowAsync(removed), StringComparison.Ordinal);
        await api.PostAsync("/v1/track", TrackingApi.Track("rule-removed", eventName: "Budget Shared"));

        var stored = await db.TrackedEvents.AsNoTracking().Where(e => e.MessageId.StartsWith("rule-")).ToDictionaryAsync(e => e.MessageId, e => e.FeatureId);
        Assert.Equal(new Dictionary<string, int?> { ["rule-before"] = null, ["rule-after"] = feature.Id, ["rule-removed"] = null }, stored);
    }

    [Fact]
    public async Task RefusesADuplicateKeyAndAHalfFinishedRule()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var count = await db.KeyFeatures.CountAsync();

        var duplicate = await maria.SubmitAsync("/csm/features", null, new() { ["NewFeature.Name"] = "More reports", ["NewFeature.Key"] = "reports" });
        var halfRule = await maria.SubmitAsync("/csm/features/1", "AddRule", new() { ["NewRule.EventName"] = "Dashboard Opened", ["NewRule.PropertyName"] = "source" });

        Assert.Contains("Another feature already has this key.", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter the value the property must have.", await halfRule.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(count, await db.KeyFeatures.CountAsync());
        Assert.Equal(1, await db.FeatureEventRules.CountAsync(r => r.FeatureId == 1));
    }

    [Fact]
    public async Task ListsTemplatesWithTheirSizeAndUseAndTheTrainingLibrary()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var page = HtmlForms.Parse(await maria.GetStringAsync("/csm/templates"));

        var rows = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.QuerySelector("a")?.TextContent ?? c.TextContent.Trim())))
            .ToList();
        // Other tests here add to the small-team template, so only the untouched one is checked in full.
        Assert.Equal(2, rows.Count);
        Assert.StartsWith("Fast start for small teams | 2 | ", rows[0], StringComparison.Ordinal);
        Assert.Equal("Operational visibility | 3 | 10 | 11", rows[1]);
        Assert.Equal(["Admin essentials", "Getting started", "Reporting and alerts"], page.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task ATemplateChangeShapesTheNextPlanMadeFromIt()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var template = await db.PlanTemplates.Include(t => t.Objectives).SingleAsync(t => t.Name == "Fast start for small teams");
        var objective = template.Objectives.OrderBy(o => o.Order).First();

        var added = await maria.SubmitAsync($"/csm/templates/objectives/{objective.Id}", "AddMilestone", new()
        {
            ["NewMilestone.Title"] = "Mobile app on every phone", ["NewMilestone.Owner"] = "Customer", ["NewMilestone.DueAfterDays"] = "45",
        });
        Assert.Contains("Milestone added.", await maria.FollowAsync(added), StringComparison.Ordinal);

        var created = await maria.SubmitAsync("/csm/accounts/10/plan", "Create", new() { ["Create.TemplateId"] = $"{template.Id}", ["Create.Start"] = "2026-01-01" });
        await maria.FollowAsync(created);

        var milestone = await db.Milestones.AsNoTracking().SingleAsync(m => m.Objective!.Plan!.AccountId == 10 && m.Title == "Mobile app on every phone");
        Assert.Equal((new DateOnly(2026, 2, 15), OwnerSide.Customer, true), (milestone.DueDate, milestone.Owner, milestone.CustomerVisible));
    }

    [Fact]
    public async Task TellsTheSecondOfTwoTemplateEditorsThatSomeoneElseChangedIt()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var milestone = await db.Set<TemplateMilestone>().FirstAsync();
        var page = $"/csm/templates/milestones/{milestone.Id}";
        var stale = HtmlForms.Form(await maria.GetStringAsync(page), page);

        await maria.FollowAsync(await maria.SubmitAsync(page, null, new() { ["Input.DueAfterDays"] = "11" }));
        stale.Fields["Input.Title"] = "A stale rename";
        using var content = new FormUrlEncodedContent(stale.Fields);
        var response = await maria.PostAsync(stale.Action, content);

        Assert.Contains("Someone else changed this template while you were editing.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await db.Set<TemplateMilestone>().AsNoTracking().SingleAsync(m => m.Id == milestone.Id);
        Assert.Equal((milestone.Title, 11), (saved.Title, saved.DueAfterDays));
    }
}
