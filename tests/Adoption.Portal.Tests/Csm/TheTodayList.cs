using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Adoption;
using Adoption.Testing;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>The CSM's Today list on the demo: their own accounts by default, every account on request, most pressing first.</summary>
public sealed class TheTodayList(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsWhatNeedsTheSignedInCsmOnTheirOwnAccounts()
    {
        var today = await TodayAsync("/csm/today");

        Assert.Equal(["Sapori Toscani S.p.A."], Links(today, "renewal"));
        var record = Items(today, "renewal").Single().QuerySelector("a.renewal-record")!.GetAttribute("href");
        Assert.Matches(@"^/csm/accounts/\d+/revenue$", record);
        Assert.Contains(Items(today, "ticket"), i => i.TextContent.Contains("Label printing fails after the last update", StringComparison.Ordinal));
        Assert.Contains("Baltic Shipping AB", Links(today, "detractor"));
        Assert.Empty(Items(today, "champion"));
        Assert.Contains("Retire the spreadsheet", Links(today, "milestone"));
        Assert.Equal(4, Items(today, "sign-off").Count);
        Assert.DoesNotContain("Fabrikam", today.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsEveryAccountWhenAskedWithEachItemLinkedToTheWorkspace()
    {
        var today = await TodayAsync("/csm/today?scope=all");

        Assert.Contains(Items(today, "champion"), i => i.TextContent.Contains("Jack Miller (Champion)", StringComparison.Ordinal));
        Assert.Contains("Fabrikam Manufacturing", Links(today, "ticket"));
        Assert.Contains("Lapin Retkeily Oy", Links(today, "renewal"));
        var hrefs = today.QuerySelectorAll("li.today-item .what a").Select(a => a.GetAttribute("href")!).ToList();
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

        Assert.Contains(Items(today, "detractor"), i => i.TextContent.Contains("Alerts arrive an hour late.", StringComparison.Ordinal));
        Assert.DoesNotContain("Old complaint.", today.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Olga Sponsor", today.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutsABigAccountsHighTicketAboveASmallAccountsUrgentOne()
    {
        int high, urgent, older;
        await using (var db = portal.CreateDb())
        {
            var now = portal.Clock.GetUtcNow().UtcDateTime;
            var sapori = await db.Accounts.SingleAsync(a => a.Name == "Sapori Toscani S.p.A.");
            var bigTicket = new SupportTicket { AccountId = 1, Subject = "Ranking: Northwind high", Priority = TicketPriority.High, OpenedAt = now.AddHours(-1) };
            var smallTicket = new SupportTicket { AccountId = sapori.Id, Subject = "Ranking: Sapori urgent", Priority = TicketPriority.Urgent, OpenedAt = now.AddHours(-1) };
            db.SupportTickets.AddRange(bigTicket, smallTicket);
            await db.SaveChangesAsync();
            (high, urgent) = (bigTicket.Id, smallTicket.Id);
            older = await db.SupportTickets.Where(t => t.Subject == "Label printing fails after the last update").Select(t => t.Id).SingleAsync();
        }

        var keys = (await TodayAsync("/csm/today")).QuerySelectorAll("li.today-item").Select(li => li.GetAttribute("data-key")).ToList();

        // Northwind 240,000 € × 0.55 = 132,000 before Sapori 54,000 € × 0.85 = 45,900, before Sapori's two-day-old high ticket (54,000 € × 0.57).
        Assert.True(keys.IndexOf($"ticket:{high}") < keys.IndexOf($"ticket:{urgent}"), string.Join(", ", keys));
        Assert.True(keys.IndexOf($"ticket:{urgent}") < keys.IndexOf($"ticket:{older}"), string.Join(", ", keys));
    }

    [Fact]
    public async Task GroupsTheItemsPerAccountOnRequest()
    {
        var flat = await TodayAsync("/csm/today");
        var grouped = await TodayAsync("/csm/today?group=account");

        var groups = grouped.QuerySelectorAll("[data-testid=today-group]");
        Assert.True(groups.Length >= 3);
        Assert.Equal(groups.Length, groups.Select(g => g.QuerySelector("h3 a")!.TextContent).Distinct().Count());
        Assert.All(groups, g => Assert.All(g.QuerySelectorAll("li.today-item"), li =>
            Assert.Contains(li.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), h => h == g.QuerySelector("h3 a")!.GetAttribute("href") || h!.StartsWith(g.QuerySelector("h3 a")!.GetAttribute("href") + "/", StringComparison.Ordinal) || !h.StartsWith("/csm/accounts/", StringComparison.Ordinal))));
        Assert.Equal(flat.QuerySelectorAll("li.today-item").Select(li => li.GetAttribute("data-key")).Order(), grouped.QuerySelectorAll("li.today-item").Select(li => li.GetAttribute("data-key")).Order());
    }

    private async Task<IDocument> TodayAsync(string url)
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        return HtmlForms.Parse(await maria.GetStringAsync(url));
    }

    private static List<IElement> Items(IDocument page, string kind) => page.QuerySelectorAll($"li.today-item[data-kind={kind}]").ToList();

    /// <summary>The first workspace link of each item of the kind: the account (or the milestone) it is about.</summary>
    private static List<string> Links(IDocument page, string kind) =>
        Items(page, kind).Select(li => li.QuerySelector(".what a:not(.renewal-record)")!.TextContent).ToList();
}
