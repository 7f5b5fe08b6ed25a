using System.Net;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using Adoption.Portal.Pages.Csm.Nudges;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Adoption.Portal.Tests.Engagements.Given;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>
/// Checklist steps that tick themselves off from a raw event: the product tracks it through the
/// tracking API, and the next decision after the facts' half minute says the step is done.
/// </summary>
public sealed class TheChecklistEventSteps(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly ResourceManagerStringLocalizerFactory Localizers = new(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    [Fact]
    public async Task TickAStepOffOnceTheUserTracksItsEvent()
    {
        var (checklist, created) = await AddChecklistAsync();
        Assert.Equal(new[] { false, false }, await StepsDoneAsync("user-003-01", checklist));

        await TrackAsync("user-003-01", "acct-003", created);

        Assert.Equal(new[] { true, false }, await StepsDoneAsync("user-003-01", checklist));
    }

    [Fact]
    public async Task LeaveTheStepOpenWhenSomeoneElseTracksIt()
    {
        var (checklist, created) = await AddChecklistAsync();

        // A colleague at the same account, and the same user id sent for another company.
        await TrackAsync("user-003-03", "acct-003", created);
        await TrackAsync("user-003-02", "acct-005", created);

        Assert.Equal(new[] { false, false }, await StepsDoneAsync("user-003-02", checklist));
        Assert.Equal(new[] { true, false }, await StepsDoneAsync("user-003-03", checklist));
    }

    [Fact]
    public async Task LeaveTheStepOpenForAnEventThatNeverArrives()
    {
        var (checklist, created) = await AddChecklistAsync();

        await TrackAsync("user-003-04", "acct-003", created + "_draft");
        await TrackAsync("user-003-04", "acct-003", created.ToUpperInvariant());

        Assert.Equal(new[] { false, false }, await StepsDoneAsync("user-003-04", checklist));
    }

    [Fact]
    public void CompleteTheChecklistWhenEveryEventStepIsDone()
    {
        // Anna has tracked report_created (and used dashboards); she has never sent report_exported.
        var checklist = Banner(change: e =>
        {
            e.Kind = EngagementKind.Checklist;
            e.Steps = [new ChecklistStep { Key = "dash", FeatureKey = "dashboards" }, new ChecklistStep { Key = "rep", Event = "report_created" }];
        });
        var open = Banner(change: e =>
        {
            e.Kind = EngagementKind.Checklist;
            e.Steps = [new ChecklistStep { Key = "rep", Event = "report_created" }, new ChecklistStep { Key = "exp", Event = "report_exported" }];
        });

        Assert.Equal(EngagementReason.Completed, Evaluate(checklist).FirstFailure!.Reason);
        Assert.True(Evaluate(open).Show);
        Assert.Equal([true, false], EngagementEvaluator.Steps(open, Anna()).Select(s => s.Done));
    }

    [Fact]
    public async Task SaveAnEventStepThatTheNextDecisionUses()
    {
        var engagement = await portal.AddEngagementAsync();
        var name = "Invoice Sent " + engagement.PublicId;
        await TrackAsync("user-005-01", "acct-005", name);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await csm.SubmitAsync($"/csm/nudges/{engagement.Id}", null, ChecklistForm(new()
        {
            ["Input.Steps[0].Key"] = "invoice",
            ["Input.Steps[0].Event"] = $"  {name} ",
            ["Input.Steps[0].Label[en]"] = "Send an invoice",
            ["Input.Steps[1].Key"] = "paid",
            ["Input.Steps[1].Event"] = "Invoice Paid",
            ["Input.Steps[1].Label[en]"] = "Get paid",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = portal.CreateDb();
        var steps = (await db.Engagements.SingleAsync(e => e.Id == engagement.Id)).Steps;
        Assert.Equal([("invoice", null, name), ("paid", null, "Invoice Paid")], steps.Select(s => (s.Key, s.FeatureKey, s.Event)));
        portal.Clock.Advance(UserFactsCache.Lifetime);
        var shown = Assert.Single(await portal.EngagementsForAsync("user-005-01", engagement.Placement));
        Assert.Equal(
            """[{"key":"invoice","label":"Send an invoice","done":true},{"key":"paid","label":"Get paid","done":false}]""",
            shown!["steps"]!.ToJsonString());
    }

    [Theory]
    [InlineData("reports", "report_created", "Input.Steps[0].Event", "Choose a key feature or enter an event, not both.")]
    [InlineData("", "   ", "Input.Steps[0].Event", "Choose the key feature or enter the event that ticks this step off.")]
    [InlineData("", "LONG", "Input.Steps[0].Event", "Keep the event name under 200 characters.")]
    public async Task RefuseABadStepWithAFieldMessageAndSaveNothing(string feature, string trackedEvent, string field, string message)
    {
        var engagement = await portal.AddEngagementAsync();
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await csm.SubmitAsync($"/csm/nudges/{engagement.Id}", null, ChecklistForm(new()
        {
            ["Input.Name"] = "Renamed",
            ["Input.Steps[0].Key"] = "first",
            ["Input.Steps[0].FeatureKey"] = feature,
            ["Input.Steps[0].Event"] = trackedEvent == "LONG" ? new string('e', 201) : trackedEvent,
            ["Input.Steps[0].Label[en]"] = "First",
        }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"""data-valmsg-for="{field}" data-valmsg-replace="true">{message}</span>""", html, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var stored = await db.Engagements.SingleAsync(e => e.Id == engagement.Id);
        Assert.Equal((engagement.Name, EngagementKind.Banner, 0), (stored.Name, stored.Kind, stored.Steps.Count));
    }

    [Theory]
    [InlineData("report_created")]
    [InlineData("Report Scheduled")]
    [InlineData("报表已创建")]
    [InlineData("emoji 📈")]
    public void AcceptTheEventNamesTheTrackingApiStores(string trackedEvent) =>
        Assert.True(Validate(trackedEvent).IsValid);

    [Fact]
    public void RefuseAnEventNameTheTrackingApiWouldRefuse()
    {
        // Lone UTF-16 surrogates: text the API refuses, so no product could ever send the name.
        foreach (var name in new[] { "lone \ud800 high", "\udc00", "report\ud83d" })
        {
            var error = Assert.Single(Validate(name).Errors);
            Assert.Equal(("Steps[0].Event", "Enter the event name exactly as the product sends it."), (error.PropertyName, error.ErrorMessage));
        }
    }

    private static FluentValidation.Results.ValidationResult Validate(string trackedEvent) =>
        new EngagementInput.Validator(new StringLocalizer<EngagementInput>(Localizers), new StringLocalizer<TargetingValidator>(Localizers)).Validate(new EngagementInput
        {
            Name = "Checklist", Kind = EngagementKind.Checklist, Placement = "home",
            Content = [new EngagementContent { Locale = "en", Title = "Get started" }],
            Steps = [new EngagementInput.StepInput { Key = "first", Event = trackedEvent, Label = new() { ["en"] = "First" } }],
        });

    /// <summary>A live checklist of its own placement: one step on a fresh event name, one on a name no one sends.</summary>
    private async Task<(Engagement Checklist, string Created)> AddChecklistAsync()
    {
        var created = "report_created_" + Guid.NewGuid().ToString("N")[..8];
        var checklist = await portal.AddEngagementAsync(e =>
        {
            e.Kind = EngagementKind.Checklist;
            e.Steps =
            [
                new ChecklistStep { Key = "create", Event = created, Label = new() { ["en"] = "Create your first report" } },
                new ChecklistStep { Key = "never", Event = created + "_never", Label = new() { ["en"] = "Something no one does" } },
            ];
        });
        return (checklist, created);
    }

    private async Task TrackAsync(string user, string group, string trackedEvent)
    {
        var body = new JsonObject
        {
            ["userId"] = user, ["event"] = trackedEvent, ["messageId"] = Guid.NewGuid().ToString("N"), ["context"] = new JsonObject { ["groupId"] = group },
        };
        var response = await portal.CreatePortalClient().PostAsync("/v1/track", body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await portal.FlushRollupsAsync();
    }

    /// <summary>Each step's done flag as the decide API answers it, once facts read before have aged out.</summary>
    private async Task<bool[]> StepsDoneAsync(string user, Engagement checklist)
    {
        portal.Clock.Advance(UserFactsCache.Lifetime);
        var shown = await portal.EngagementsForAsync(user, checklist.Placement);
        return Assert.Single(shown)!["steps"]!.AsArray().Select(s => s!["done"]!.GetValue<bool>()).ToArray();
    }

    private static Dictionary<string, string?> ChecklistForm(Dictionary<string, string?> steps)
    {
        steps["Input.Kind"] = "Checklist";
        // The form reader takes a select's first option; the account list is left empty, as a browser posts it.
        steps["Input.Targeting.Accounts"] = null;
        return steps;
    }
}
