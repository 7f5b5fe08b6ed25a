using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Adoption;
using Adoption.Testing;
using AngleSharp.Dom;

namespace Adoption.Portal.Tests.Csm;

/// <summary>The CSM's Today list on the demo: their own accounts by default, every account on request.</summary>
public sealed class TheTodayList(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsWhatNeedsTheSignedInCsmOnTheirOwnAccounts()
    {
        var today = await TodayAsync("/csm/today");

        Assert.Equal(["Sapori Toscani S.p.A."], Links(today, "renewals"));
        var record = Section(today, "renewals").QuerySelector("a.renewal-record")!.GetAttribute("href");
        Assert.Matches(@"^/csm/accounts/\d+/revenue$", record);
        Assert.Contains("Label printing fails after the last update", Section(today, "support-risk").TextContent, StringComparison.Ordinal);
        Assert.Contains("Baltic Shipping AB", Links(today, "detractors"));
        Assert.Empty(Links(today, "champion-changes"));
        Assert.Contains("Value review with the sponsor", Links(today, "overdue-milestones"));
        Assert.Equal(4, Links(today, "sign-offs").Count);
        Assert.DoesNotContain("Fabrikam", today.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsEveryAccountWhenAskedWithEachItemLinkedToTheWorkspace()
    {
        var today = await TodayAsync("/csm/today?scope=all");

        Assert.Contains("Jack Miller (Champion)", Section(today, "champion-changes").TextContent, StringComparison.Ordinal);
        Assert.Contains("Fabrikam Manufacturing", Links(today, "support-risk"));
        Assert.Contains("Lapin Retkeily Oy", Links(today, "renewals"));
        var hrefs = today.QuerySelectorAll("section.today a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Matches("^/csm/(accounts|milestones|value)/\\d+", h));
    }

    [Fact]
    public async Task CountsOnlyNewDetractorsAndRecentDepartures()
    {
        await using (var db = portal.CreateDb())
        {
            var now = portal.Clock.GetUtcNow().UtcDateTime;
            db.NpsResponses.Add(new NpsResponse { AccountId = 1, Score = 2, Comment = "Alerts arrive an hour late.", RespondedAt = now.AddHours(-3) });
            db.NpsResponses.Add(new NpsResponse { AccountId = 1, Score = 1, Comment = "Old complaint.", RespondedAt = now.AddDays(-20) });
            db.Contacts.Add(new Contact { AccountId = 1, Name = "Olga Sponsor", Email = "olga@northwind.example", Role = ContactRole.ExecutiveSponsor, LeftAt = now.AddDays(-45), CreatedAt = now.AddDays(-400) });
            await db.SaveChangesAsync();
        }

        var today = await TodayAsync("/csm/today");

        Assert.Contains("Alerts arrive an hour late.", Section(today, "detractors").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Old complaint.", Section(today, "detractors").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Olga Sponsor", Section(today, "champion-changes").TextContent, StringComparison.Ordinal);
    }

    private async Task<IDocument> TodayAsync(string url)
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        return HtmlForms.Parse(await maria.GetStringAsync(url));
    }

    private static IElement Section(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")!;

    private static List<string> Links(IDocument page, string testId) =>
        Section(page, testId).QuerySelectorAll("li a:not(.renewal-record)").Select(a => a.TextContent).ToList();
}
