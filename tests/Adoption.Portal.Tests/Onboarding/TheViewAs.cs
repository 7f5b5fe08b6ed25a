using System.Globalization;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>A CSM sees every customer page as Northwind's admin does, marked, and can change nothing.</summary>
public sealed class TheViewAs(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Filler = "View-as walk";

    [Fact]
    public async Task ShowsEveryCustomerPageOfTheAccountMarkedAsViewing()
    {
        var maria = await ViewingNorthwindAsync();

        foreach (var url in await CustomerUrlsAsync())
        {
            var response = await maria.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode} while viewing as Northwind");
            Assert.Contains("Viewing as Northwind Logistics", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RefusesEveryWriteAndChangesNothing()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var maria = await ViewingNorthwindAsync();
        var before = DatabaseFingerprint.Of(portal.DatabasePath);
        var posts = 0;
        foreach (var url in await CustomerUrlsAsync())
        {
            foreach (var form in HtmlForms.PostForms(await anna.GetStringAsync(url), url, Filler))
            {
                var response = await maria.PostFormAsync(url, new Dictionary<string, string>(form.Fields), form.Action);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/forbidden",
                    $"POST {form.Action} while viewing as answered {(int)response.StatusCode}");
                posts++;
            }
        }

        Assert.Empty(DatabaseFingerprint.Changed(before, DatabaseFingerprint.Of(portal.DatabasePath)));
        Assert.True(posts >= 8, $"only {posts} forms were tried");
    }

    [Fact]
    public async Task SeesOnlyTheViewedAccountAndStopsCleanly()
    {
        var maria = await ViewingNorthwindAsync();
        await using var db = portal.CreateDb();
        var auroraObjective = await db.Objectives.Where(o => o.Plan!.AccountId == 2 && o.CustomerVisible).Select(o => o.Id).FirstAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await maria.GetAsync($"/plan/objectives/{auroraObjective}")).StatusCode);
        // The workspace itself stays the CSM's: every account, no banner.
        Assert.DoesNotContain("Viewing as", await maria.GetStringAsync("/csm"), StringComparison.Ordinal);

        var stopped = await maria.PostFormAsync("/overview", [], "/csm/accounts/1/view-as?handler=Stop");
        Assert.Equal("/csm/accounts/1", stopped.Headers.Location!.OriginalString);
        Assert.Equal("/forbidden", (await maria.GetAsync("/overview")).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task MeansNothingToACustomerWhoSetsTheCookie()
    {
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var request = new HttpRequestMessage(HttpMethod.Get, "/overview");
        request.Headers.Add("Cookie", "adoption.viewas=1");

        var html = await (await aino.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Viewing as", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ViewingNorthwindAsync()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var started = await maria.SubmitAsync("/csm/accounts/1/view-as", null);
        Assert.Equal("/overview", started.Headers.Location!.OriginalString);
        return maria;
    }

    /// <summary>Every customer page, with Northwind's ids for those that take one.</summary>
    private async Task<List<string>> CustomerUrlsAsync()
    {
        await using var db = portal.CreateDb();
        var ids = new Dictionary<string, int>
        {
            ["plan/milestones/"] = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && m.CustomerVisible && m.Objective.CustomerVisible).Select(m => m.Id).FirstAsync(),
            ["plan/objectives/"] = await db.Objectives.Where(o => o.Plan!.AccountId == 1 && o.CustomerVisible).Select(o => o.Id).FirstAsync(),
            ["training/paths/"] = await db.TrainingPaths.Where(p => p.AccountId == 1).Select(p => p.Id).FirstAsync(),
            ["team/contacts/"] = await db.Contacts.Where(c => c.AccountId == 1 && c.Email == DemoSignIns.CustomerUser.Email).Select(c => c.Id).FirstAsync(),
        };
        var urls = new List<string> { "/overview", "/plan", "/value", "/training", "/adoption", "/review", "/team", "/profile" };
        urls.AddRange(ids.Select(i => "/" + i.Key + i.Value.ToString(CultureInfo.InvariantCulture)));
        return urls;
    }
}
