using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Plan;

public sealed class TheSuccessPlanPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsTheCustomersOwnPlanWithoutInternalItems()
    {
        var client = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var r = await client.GetAsync("/plan"); var html = await r.Content.ReadAsStringAsync(); Assert.True(r.IsSuccessStatusCode, html);

        Assert.Contains("Northwind Logistics: Operational visibility", html, StringComparison.Ordinal);
        Assert.Contains("Connect the ERP", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Expansion: second region", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Check adoption with the sponsor", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aurora", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsThePlanWithoutTheIndentationBetweenItsTags()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var html = await ben.GetStringAsync("/plan");
        var plan = html[html.IndexOf("<section class=\"card objective\"", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

        Assert.Contains("<td>Your team</td>", plan, StringComparison.Ordinal);
        Assert.DoesNotMatch(@">\n[ \t]+<", plan);
        // Text keeps its spaces: only white space between two tags is shortened.
        Assert.Contains("</a> <span class=\"muted\"> · Comments:", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsThePlansTitleWhileEveryObjectiveIsStillInternal()
    {
        await using (var db = portal.CreateDb())
        {
            await db.Objectives.Where(o => o.Plan!.AccountId == 3).ExecuteUpdateAsync(s => s.SetProperty(o => o.CustomerVisible, false));
        }

        var giulia = await portal.SignInAsync(DemoSignIns.ItalianCustomer.Email);
        var html = await giulia.GetStringAsync("/plan");

        Assert.Contains("data-testid=\"plan-title\">Sapori Toscani S.p.A.: Visibilità operativa</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"card objective\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNotFoundForAnotherAccountsMilestone()
    {
        await using var db = portal.CreateDb();
        var northwindMilestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && m.CustomerVisible).Select(m => m.Id).FirstAsync();
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        Assert.Equal(HttpStatusCode.OK, (await ben.GetAsync($"/plan/milestones/{northwindMilestone}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aino.GetAsync($"/plan/milestones/{northwindMilestone}")).StatusCode);
    }

    [Fact]
    public async Task AnswersNotFoundForAnInternalMilestoneOfTheCustomersOwnAccount()
    {
        await using var db = portal.CreateDb();
        var internalMilestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && !m.CustomerVisible).Select(m => m.Id).FirstAsync();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/plan/milestones/{internalMilestone}")).StatusCode);
    }

    [Fact]
    public async Task IsForbiddenToCustomersOnCsmPagesAndAsksStrangersToSignIn()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var anonymous = portal.CreatePortalClient();

        var forbidden = await ben.GetAsync("/csm");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.GetAsync(forbidden.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await csm.GetAsync("/csm")).StatusCode);
        Assert.StartsWith("https://localhost/signin", (await anonymous.GetAsync("/plan")).Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
