using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>An account's overview in the CSM workspace: health with reasons, and its commercial facts.</summary>
public sealed class TheAccountWorkspace(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsHealthWithItsReasonsAndThePeople()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await maria.GetStringAsync("/csm/accounts/6");

        Assert.Contains("Fabrikam Manufacturing", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-red\">At risk</span>", html, StringComparison.Ordinal);
        Assert.Contains("2 open risks flagged by the CSM", html, StringComparison.Ordinal);
        var jack = HtmlForms.Parse(html).QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Jack Miller", StringComparison.Ordinal));
        Assert.StartsWith("Left ", jack.QuerySelector(".badge-red")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavesStageAndCsmAndSaysSo()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var mariaId = await db.Users.Where(u => u.Email == DemoSignIns.Csm.Email).Select(u => u.Id).SingleAsync();

        var response = await maria.SubmitAsync("/csm/accounts/8", null, new() { ["Input.Stage"] = "Value", ["Input.CsmUserId"] = mariaId });

        Assert.Equal("/csm/accounts/8", response.Headers.Location?.OriginalString);
        Assert.Contains("Account saved.", await maria.FollowAsync(response), StringComparison.Ordinal);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == 8);
        Assert.Equal((LifecycleStage.Value, Coverage.Named, mariaId), (account.Stage, account.Coverage, account.CsmUserId));
    }

    [Fact]
    public async Task RefusesAStaleEditAndKeepsTheOtherPersonsChange()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var page = await maria.GetStringAsync("/csm/accounts/9");
        var form = HtmlForms.Form(page, "/csm/accounts/9");
        await using (var other = portal.CreateDb())
        {
            var account = await other.Accounts.SingleAsync(a => a.Id == 9);
            account.RenewalDate = account.RenewalDate.AddDays(30);
            await other.SaveChangesAsync();
        }

        form.Fields["Input.Stage"] = "Renewal";
        using var content = new FormUrlEncodedContent(form.Fields);
        var response = await maria.PostAsync(form.Action, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this account while you were editing.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.Equal(LifecycleStage.Value, (await db.Accounts.SingleAsync(a => a.Id == 9)).Stage);
    }

    [Fact]
    public async Task ExplainsAMissingRenewalDateBesideTheField()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.SubmitAsync("/csm/accounts/2", null, new() { ["Input.RenewalDate"] = "" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.RenewalDate\" data-valmsg-replace=\"true\">Enter the renewal date.</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNotFoundForAnAccountThatDoesNotExist()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await maria.GetAsync("/csm/accounts/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maria.GetAsync("/csm/accounts/999/plan")).StatusCode);
    }
}
