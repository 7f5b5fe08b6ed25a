using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Csm;

/// <summary>The vendor's own record of an account: notes, outreach and risks.</summary>
public sealed class TheRelationshipPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task LoggedOutreachTakesARenewalOffTheTodayList()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var renewals = () => maria.GetStringAsync("/csm/today").ContinueWith(t => HtmlForms.Parse(t.Result).QuerySelectorAll("li.today-item[data-kind=renewal]").Select(li => li.TextContent).Aggregate("", string.Concat), TaskScheduler.Default);
        Assert.Contains("Sapori Toscani S.p.A.", await renewals(), StringComparison.Ordinal);

        var response = await maria.SubmitAsync("/csm/accounts/3/relationship", "Touchpoint", new() { ["Touchpoint.Kind"] = "Call", ["Touchpoint.Summary"] = "Renewal call with Marco: budget confirmed" });

        var page = await maria.FollowAsync(response);
        Assert.Contains("Outreach logged.", page, StringComparison.Ordinal);
        Assert.Contains("Call: Renewal call with Marco: budget confirmed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sapori Toscani S.p.A.", await renewals(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesOutreachDatedInTheFutureAndAnEmptyNote()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var (touchpoints, notes) = (await db.Touchpoints.CountAsync(), await db.CsmNotes.CountAsync());

        var future = await maria.SubmitAsync("/csm/accounts/4/relationship", "Touchpoint", new() { ["Touchpoint.OccurredOn"] = "2999-01-01", ["Touchpoint.Summary"] = "Time travel" });
        var empty = await maria.SubmitAsync("/csm/accounts/4/relationship", "Note", new() { ["Note.Body"] = "  " });

        Assert.Contains("Outreach cannot be logged in the future.", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Write the note.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((touchpoints, notes), (await db.Touchpoints.CountAsync(), await db.CsmNotes.CountAsync()));
    }

    [Fact]
    public async Task KeepsInternalNotesWithTheirAuthor()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.SubmitAsync("/csm/accounts/5/relationship", "Note", new() { ["Note.Body"] = "Henry prefers calls on Fridays." });

        var page = HtmlForms.Parse(await maria.FollowAsync(response));
        var note = page.QuerySelector("article.comment")!;
        Assert.Equal("Henry prefers calls on Fridays.", note.QuerySelectorAll("p")[1].TextContent);
        Assert.StartsWith("Maria Santos · ", note.QuerySelector("p.muted")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaisedRisksWeighOnHealthUntilResolved()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var before = await HealthOfAsync(5);

        var raised = await maria.SubmitAsync("/csm/accounts/5/risks", null, new() { ["Input.Category"] = "Renewal", ["Input.Title"] = "Budget freeze announced", ["Input.Detail"] = "CFO froze new spend until Q3." });
        Assert.Contains("Risk raised.", await maria.FollowAsync(raised), StringComparison.Ordinal);
        Assert.True(await HealthOfAsync(5) < before);

        await using var db = portal.CreateDb();
        var risk = await db.Risks.SingleAsync(r => r.Title == "Budget freeze announced");
        Assert.Equal(RiskCategory.Renewal, risk.Category);
        var resolved = await maria.SubmitAsync("/csm/accounts/5/risks", "Resolve");
        Assert.Contains("Risk resolved.", await maria.FollowAsync(resolved), StringComparison.Ordinal);
        Assert.NotNull((await db.Risks.AsNoTracking().SingleAsync(r => r.Id == risk.Id)).ResolvedAt);
        Assert.Equal(before, await HealthOfAsync(5));
    }

    [Fact]
    public async Task AnswersNotFoundWhenResolvingAnotherAccountsRisk()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var fabrikamRisk = await db.Risks.FirstAsync(r => r.AccountId == 6 && r.ResolvedAt == null);

        var response = await maria.PostFormAsync("/csm/accounts/1/risks", [], $"/csm/accounts/1/risks?handler=Resolve&riskId={fabrikamRisk.Id}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await db.Risks.AsNoTracking().SingleAsync(r => r.Id == fabrikamRisk.Id)).ResolvedAt);
    }

    private async Task<int> HealthOfAsync(int accountId)
    {
        using var scope = portal.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<HealthScorer>().ScoreAsync(accountId, DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime))).Score;
    }
}
