using System.Globalization;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Value;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Value;

public sealed class TheValuePage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsOnlySignedOffEntriesToUsers()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var forBen = await ben.GetStringAsync("/value");
        var forAnna = await anna.GetStringAsync("/value");

        Assert.Contains("Late deliveries", forBen, StringComparison.Ordinal);
        Assert.DoesNotContain("Time to answer a customer", forBen, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=SignOff", forBen, StringComparison.Ordinal);
        Assert.Contains("Time to answer a customer", forAnna, StringComparison.Ordinal);
        Assert.Contains("?handler=SignOff", forAnna, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatesTheRoiOfValueBothSidesSignedOff()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var html = WebUtility.HtmlDecode(await ben.GetStringAsync("/value"));

        // Northwind: ARR 240,000 EUR; signed off: 120,000 (reporting hours) + 180,000 (late deliveries).
        Assert.Contains("Outcomes signed off by both sides are worth €300,000 a year, against an annual subscription of €240,000.", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"big\" data-testid=\"roi-multiple\">1.25× the subscription</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"muted\" data-testid=\"roi-percent\">Return on investment: 25 %</p>", html, StringComparison.Ordinal);
        Assert.Contains($"<tr data-date=\"{(await AchievedOnAsync("Late deliveries")).ToString("d", CultureInfo.GetCultureInfo("en"))}\" data-value=\"300000\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetsACustomerAdminSignOffAndShowsTheCsmsState()
    {
        var entry = await NewEntryAsync("Pallets lost per quarter");
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await SignOff(anna, entry);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ReloadAsync(entry.Id);
        Assert.Equal("Anna Berg", saved.CustomerSignedOffBy);
        Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, saved.CustomerSignedOffAt);
        Assert.Null(saved.CsmSignedOffAt);
        var html = await anna.GetStringAsync("/value");
        Assert.Contains("Signed off: Pallets lost per quarter", html, StringComparison.Ordinal);
        var row = html[html.IndexOf($"id=\"value-{entry.Id}\"", StringComparison.Ordinal)..];
        Assert.Contains("<td data-testid=\"csm-sign-off\">", row, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-yellow\">Awaiting</span>", row[row.IndexOf("csm-sign-off", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoesNotLetACustomerUserSignOff()
    {
        var entry = await NewEntryAsync("Fuel per route");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await SignOff(ben, entry);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/forbidden", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null((await ReloadAsync(entry.Id)).CustomerSignedOffAt);
    }

    [Fact]
    public async Task AnswersNotFoundForAnotherAccountsOrAnInternalEntry()
    {
        var northwind = await NewEntryAsync("Returns handled per day");
        var hidden = await NewEntryAsync("Internal: upsell sizing", visible: false);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await SignOff(aino, northwind)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SignOff(anna, hidden)).StatusCode);
        Assert.DoesNotContain("upsell sizing", await anna.GetStringAsync("/value"), StringComparison.Ordinal);
        Assert.Null((await ReloadAsync(northwind.Id)).CustomerSignedOffAt);
        Assert.Null((await ReloadAsync(hidden.Id)).CustomerSignedOffAt);
    }

    [Fact]
    public async Task ReportsAnEntryChangedBySomeoneElse()
    {
        var entry = await NewEntryAsync("Dock waiting time");
        await using (var db = portal.CreateDb())
        {
            // The CSM corrects the figures after Anna opened the page.
            var tracked = await db.ValueEntries.SingleAsync(v => v.Id == entry.Id);
            tracked.After = 12;
            await db.SaveChangesAsync();
        }

        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var response = await SignOff(anna, entry);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&quot;Dock waiting time&quot; was changed by someone else while you were looking.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await ReloadAsync(entry.Id)).CustomerSignedOffAt);
    }

    private static Task<HttpResponseMessage> SignOff(HttpClient client, ValueEntry entry) =>
        client.PostFormAsync("/value", new()
        {
            ["SignOff.EntryId"] = entry.Id.ToString(CultureInfo.InvariantCulture),
            ["SignOff.Version"] = entry.Version.ToString(CultureInfo.InvariantCulture),
        }, "/value?handler=SignOff");

    private async Task<ValueEntry> NewEntryAsync(string outcome, bool visible = true)
    {
        await using var db = portal.CreateDb();
        var entry = new ValueEntry { AccountId = 1, Outcome = outcome, Before = 10, After = 4, AnnualValue = 5_000, AchievedOn = new DateOnly(2026, 1, 15), CustomerVisible = visible };
        db.ValueEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    private async Task<DateOnly> AchievedOnAsync(string outcome)
    {
        await using var db = portal.CreateDb();
        return await db.ValueEntries.Where(v => v.AccountId == 1 && v.Outcome == outcome).Select(v => v.AchievedOn).SingleAsync();
    }

    private async Task<ValueEntry> ReloadAsync(int id)
    {
        await using var db = portal.CreateDb();
        return await db.ValueEntries.AsNoTracking().SingleAsync(v => v.Id == id);
    }
}
