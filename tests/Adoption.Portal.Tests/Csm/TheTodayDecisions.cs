using Adoption.Portal.Demo;
using Adoption.Portal.Health.Today;
using Adoption.Testing;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>Snoozing, dismissing and finishing Today's items, on a fake clock (its own portal, since the clock moves).</summary>
public sealed class TheTodayDecisions(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Today = "/csm/today";
    private const string Decide = "/csm/today?handler=Decide";

    [Fact]
    public async Task SnoozesAnItemUntilItsDayThenShowsItAgain()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var item = First(await PageAsync(maria), "sign-off");
        var until = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(3);

        var response = await maria.PostFormAsync(Today, Fields(item, "Snoozed", until: until.ToString("yyyy-MM-dd")), Decide);

        var after = HtmlForms.Parse(await maria.FollowAsync(response));
        Assert.Contains($"Snoozed until {until:M/d/yyyy}.", after.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Listed(after, item.Key));
        Assert.Contains(after.QuerySelectorAll("[data-testid=set-aside] li"), li => li.GetAttribute("data-key") == item.Key && li.TextContent.Contains("by Maria Santos", StringComparison.Ordinal));

        // Sessions end after 12 hours, so each later day is a new sign-in.
        portal.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(Listed(await PageAsync(await portal.SignInAsync(DemoSignIns.Csm.Email)), item.Key));
        portal.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Single(Listed(await PageAsync(await portal.SignInAsync(DemoSignIns.Csm.Email)), item.Key));
    }

    [Fact]
    public async Task DismissesOnlyWithAReasonAndKeepsWhoAndWhen()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var item = First(await PageAsync(maria), "milestone");
        await using var db = portal.CreateDb();

        var refused = await maria.PostFormAsync(Today, Fields(item, "Dismissed", reason: "  "), Decide);

        Assert.Equal(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Say why you dismiss it.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await db.TodayItemStates.AnyAsync(s => s.Key == item.Key));

        var dismissed = await maria.PostFormAsync(Today, Fields(item, "Dismissed", reason: "Agreed with the customer to drop it"), Decide);

        Assert.Empty(Listed(HtmlForms.Parse(await maria.FollowAsync(dismissed)), item.Key));
        var state = await db.TodayItemStates.AsNoTracking().SingleAsync(s => s.Key == item.Key);
        Assert.Equal((TodayItemStatus.Dismissed, "Agreed with the customer to drop it", "Maria Santos", portal.Clock.GetUtcNow().UtcDateTime),
            (state.Status, state.Reason, state.ByName, state.At));
    }

    [Fact]
    public async Task MarksAnItemDoneAndBringsItBackOnRequest()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var item = First(await PageAsync(maria), "ticket");

        var done = await maria.PostFormAsync(Today, Fields(item, "Done"), Decide);
        var after = HtmlForms.Parse(await maria.FollowAsync(done));

        Assert.Empty(Listed(after, item.Key));
        Assert.Contains(after.QuerySelectorAll("[data-testid=set-aside] li"), li => li.GetAttribute("data-key") == item.Key && li.TextContent.Contains("Done by Maria Santos", StringComparison.Ordinal));

        var back = await maria.PostFormAsync(Today, [], $"/csm/today?handler=Restore&key={Uri.EscapeDataString(item.Key)}");

        Assert.Single(Listed(HtmlForms.Parse(await maria.FollowAsync(back)), item.Key));
    }

    [Theory]
    [InlineData("Snoozed", "", "Choose the day it comes back.")]
    [InlineData("Snoozed", "2000-01-01", "Choose a day after today.")]
    [InlineData("Snoozed", "2999-01-01", "Choose a day within a year.")]
    public async Task RefusesASnoozeWithoutAFutureDayAndSavesNothing(string action, string until, string message)
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var item = First(await PageAsync(maria), "renewal");
        await using var db = portal.CreateDb();
        var before = await db.TodayItemStates.CountAsync();

        var response = await maria.PostFormAsync(Today, Fields(item, action, until: until), Decide);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.TodayItemStates.CountAsync());
    }

    private sealed record Item(string Key, string AccountId);

    private static async Task<IDocument> PageAsync(HttpClient client) => HtmlForms.Parse(await client.GetStringAsync(Today));

    private static Item First(IDocument page, string kind)
    {
        var li = page.QuerySelectorAll($"li.today-item[data-kind={kind}]")[0];
        return new Item(li.GetAttribute("data-key")!, li.QuerySelector("input[name='Input.AccountId']")!.GetAttribute("value")!);
    }

    private static IEnumerable<IElement> Listed(IDocument page, string key) => page.QuerySelectorAll("li.today-item").Where(li => li.GetAttribute("data-key") == key);

    private static Dictionary<string, string> Fields(Item item, string action, string until = "", string reason = "") => new()
    {
        ["Input.Key"] = item.Key, ["Input.AccountId"] = item.AccountId, ["Input.Action"] = action, ["Input.Until"] = until, ["Input.Reason"] = reason,
    };
}
