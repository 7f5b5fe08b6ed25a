using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;

namespace Adoption.Portal.Tests.Tenancy;

/// <summary>
/// Walks every page of the portal, found from its endpoints: a customer of Aurora (account 2) asking
/// for Northwind's (account 1) ids gets 404 and changes nothing; customers get 403 on every CSM page
/// and strangers are asked to sign in. A page added later is walked without anyone editing this test.
/// </summary>
public sealed class TheTenancyWalk(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Filler = "Tenancy walk";

    [Fact]
    public async Task KnowsAnIdForEveryRouteThatTakesOne()
    {
        var routes = await PageRoute.AllAsync(portal.Services);

        var unmapped = routes.Where(r => (r.IdParameters.Any() || (r.IsCsm && r.Parameters.Count > 0)) && !WalkIds.IsMapped(r)).Select(r => r.Pattern);

        Assert.Empty(unmapped);
        Assert.Contains(routes, r => r.Pattern == "plan/milestones/{id:int}");
        Assert.Contains(routes, r => r.Pattern == "csm/accounts/{id:int}/plan" && r.PostHandlers.Contains("Create"));
    }

    [Fact]
    public async Task AnswersNotFoundToACustomerAskingForAnotherAccountsIds()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        foreach (var url in await CustomerUrlsAsync())
        {
            Assert.True((await anna.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} should open for Northwind's own admin: is the walk's id right?");
            Assert.True((await aino.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"{url} must be 404 for Aurora's customer");
        }
    }

    [Fact]
    public async Task ChangesNothingWhenACustomerPostsToAnotherAccountsIds()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        foreach (var (url, route) in await CustomerUrlsWithRoutesAsync())
        {
            foreach (var (action, fields) in await PostsAsync(anna, url, route))
            {
                var before = DatabaseFingerprint.Of(portal.DatabasePath);
                var response = await aino.PostFormAsync("/overview", fields, action);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {action} as Aurora's customer answered {(int)response.StatusCode}, not 404");
                Assert.Empty(DatabaseFingerprint.Changed(before, DatabaseFingerprint.Of(portal.DatabasePath)));
            }
        }
    }

    [Fact]
    public async Task ForbidsEveryCsmPageToCustomersAndAsksStrangersToSignIn()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var anonymous = portal.CreatePortalClient();
        var (walked, exports) = (0, 0);
        foreach (var (url, route) in await CsmUrlsAsync())
        {
            Assert.True((await maria.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} should open for the CSM: is the walk's id right?");

            // The page itself, then each export or download it offers (a CSV is as internal as the page).
            foreach (var target in route.GetHandlers.Select(h => PageRoute.WithHandler(url, h)).Prepend(url))
            {
                var denied = await aino.GetAsync(target);
                Assert.True(denied.StatusCode == HttpStatusCode.Redirect && denied.Headers.Location!.AbsolutePath == "/forbidden", $"{target} let a customer in");
                Assert.Equal(HttpStatusCode.Forbidden, (await aino.GetAsync(denied.Headers.Location)).StatusCode);

                var stranger = await anonymous.GetAsync(target);
                Assert.True(stranger.StatusCode == HttpStatusCode.Redirect && stranger.Headers.Location!.AbsolutePath == "/signin", $"{target} did not ask a stranger to sign in");
            }

            walked++;
            exports += route.GetHandlers.Count;
        }

        Assert.True(walked >= 20, $"only {walked} CSM pages were walked");
        Assert.True(exports >= 2, $"only {exports} CSM exports were walked");
    }

    [Fact]
    public async Task WalksTheRiskPagesAndTheProductRiskExport()
    {
        var routes = (await CsmUrlsAsync()).Select(u => u.Route).ToList();

        Assert.Contains(routes, r => r.Pattern == "csm/risks/product" && r.GetHandlers.Contains("Csv"));
        Assert.Contains(routes, r => r.Pattern == "csm/risks/{id:int}" && r.PostHandlers.Contains("Note"));
        Assert.Contains(routes, r => r.Pattern == "csm/accounts/{id:int}/risks" && r.PostHandlers.Contains("Sentiment"));
    }

    [Fact]
    public async Task ChangesNothingWhenCustomersOrStrangersPostToCsmPages()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var anonymous = portal.CreatePortalClient();
        var before = DatabaseFingerprint.Of(portal.DatabasePath);
        var posts = 0;
        foreach (var (url, route) in await CsmUrlsAsync())
        {
            foreach (var (action, fields) in await PostsAsync(maria, url, route))
            {
                var asCustomer = await aino.PostFormAsync("/overview", new Dictionary<string, string>(fields), action);
                Assert.True(asCustomer.StatusCode == HttpStatusCode.Redirect && asCustomer.Headers.Location!.AbsolutePath == "/forbidden", $"POST {action} let a customer in");

                using var content = new FormUrlEncodedContent(fields);
                var asStranger = await anonymous.PostAsync(action, content);
                Assert.True(asStranger.StatusCode == HttpStatusCode.Redirect && asStranger.Headers.Location!.AbsolutePath == "/signin", $"POST {action} let a stranger in");
                posts++;
            }
        }

        Assert.Empty(DatabaseFingerprint.Changed(before, DatabaseFingerprint.Of(portal.DatabasePath)));
        Assert.True(posts >= 40, $"only {posts} CSM form posts were tried");
    }

    /// <summary>The forms the page's rightful user sees (empty fields filled so they would pass
    /// validation), then every POST handler the page has that no visible form posts to.</summary>
    private static async Task<List<(string Action, Dictionary<string, string> Fields)>> PostsAsync(HttpClient owner, string url, PageRoute route)
    {
        var forms = HtmlForms.PostForms(await owner.GetStringAsync(url), url, Filler);
        var posts = forms.Select(f => (f.Action, f.Fields)).ToList();
        var covered = forms.Select(f => HtmlForms.HandlerOf(f.Action)).ToHashSet();
        posts.AddRange(route.PostHandlers.Where(h => !covered.Contains(h)).Select(h => (PageRoute.WithHandler(url, h), new Dictionary<string, string>())));
        return posts;
    }

    private async Task<List<string>> CustomerUrlsAsync() => (await CustomerUrlsWithRoutesAsync()).Select(u => u.Url).ToList();

    private async Task<List<(string Url, PageRoute Route)>> CustomerUrlsWithRoutesAsync() =>
        await UrlsAsync(r => !r.IsCsm && r.IdParameters.Any());

    private async Task<List<(string Url, PageRoute Route)>> CsmUrlsAsync() => await UrlsAsync(r => r.IsCsm);

    private async Task<List<(string Url, PageRoute Route)>> UrlsAsync(Func<PageRoute, bool> which)
    {
        await using var db = portal.CreateDb();
        var urls = new List<(string, PageRoute)>();
        foreach (var route in (await PageRoute.AllAsync(portal.Services)).Where(which))
        {
            var values = route.Parameters.Count == 0 ? new Dictionary<string, string>() : await WalkIds.ForAsync(route, db);
            urls.Add((route.Url(values), route));
        }

        return urls;
    }
}
