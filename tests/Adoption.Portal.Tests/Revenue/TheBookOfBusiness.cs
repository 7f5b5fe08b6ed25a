using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Revenue;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheBookOfBusiness(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Tom = "tom.csm@adoption.example";

    [Fact]
    public async Task ShowsACsmTheirOwnBookAndForbidsAnotherCsms()
    {
        var tom = await portal.SignInAsync(Tom);
        await using var db = portal.CreateDb();
        var maria = await db.Users.Where(u => u.Email == DemoSignIns.Csm.Email).Select(u => u.Id).SingleAsync();
        var tomsAccounts = await db.Accounts.Where(a => a.CsmUserId == db.Users.Where(u => u.Email == Tom).Select(u => u.Id).First()).Select(a => a.Name).ToListAsync();
        var mariasAccount = await db.Accounts.Where(a => a.CsmUserId == maria).Select(a => a.Name).FirstAsync();

        var own = await tom.GetStringAsync("/csm/revenue/book");
        var other = await tom.GetAsync($"/csm/revenue/book?csm={maria}");
        var everyone = await tom.GetAsync("/csm/revenue/book?csm=all");

        Assert.Contains("data-testid=\"book-summary\"", own, StringComparison.Ordinal);
        Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(mariasAccount), own, StringComparison.Ordinal);
        Assert.NotEmpty(tomsAccounts);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/forbidden", other.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, everyone.StatusCode);
    }

    [Fact]
    public async Task ShowsAManagerAnyonesBookAndEveryonesAtOnce()
    {
        var ops = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var tom = await db.Users.Where(u => u.Email == Tom).Select(u => u.Id).SingleAsync();

        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync($"/csm/revenue/book?csm={tom}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ops.GetAsync("/csm/revenue/book?csm=all")).StatusCode);
    }

    [Fact]
    public async Task TotalsEveryonesArrInTheReportingCurrencyAndListsRenewalsDueInside120Days()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Adoption.Portal.Data.AdoptionDb>();
        var book = await scope.ServiceProvider.GetRequiredService<BookOfBusiness>().ForAsync(null, today);

        var accounts = await db.Accounts.ToListAsync();
        var rates = await db.CurrencyRates.ToListAsync();
        var table = new CurrencyTable("EUR", rates);
        Assert.Equal(accounts.Sum(a => table.Convert(a.Arr, a.Currency, today)!.Value), book.ArrUnderManagement);
        Assert.Equal(accounts.Count(a => a.RenewalDate >= today && a.RenewalDate <= today.AddDays(120)), book.Due.Count);
        Assert.All(book.Due, d => Assert.InRange(d.Days, 0, 120));
        Assert.Equal(book.Due.Sum(d => table.Convert(d.Arr, d.Currency, today)!.Value), book.Forecast.Due);
        Assert.Equal(6, book.Quarters.Count);
    }
}
