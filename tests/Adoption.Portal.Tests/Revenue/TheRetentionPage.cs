using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Revenue;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheRetentionPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task KeepsAPastQuartersFiguresWhenAnAccountsArrChangesToday()
    {
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var lastQuarter = RetentionPeriod.QuarterOf(RetentionPeriod.QuarterOf(today).From.AddDays(-1));
        var before = await FiguresAsync(lastQuarter);

        await using (var db = portal.CreateDb())
        {
            var northwind = await db.Accounts.SingleAsync(a => a.Id == 1);
            northwind.Arr += 500_000m;
            await db.SaveChangesAsync();
        }

        var after = await FiguresAsync(lastQuarter);
        var thisQuarter = await FiguresAsync(RetentionPeriod.QuarterOf(today));
        Assert.True(before.StartingArr > 0, "the demo should have ARR last quarter");
        Assert.Equal((before.StartingArr, before.Expansion, before.Contraction, before.Churned, before.Nrr),
            (after.StartingArr, after.Expansion, after.Contraction, after.Churned, after.Nrr));
        Assert.True(thisQuarter.Expansion >= 500_000m, "today's change counts in the quarter it happened in");
    }

    [Fact]
    public async Task RecordsWhoseArrItWasWhenAnotherSystemChangesIt()
    {
        await using (var db = portal.CreateDb())
        {
            var aurora = await db.Accounts.SingleAsync(a => a.Id == 2);
            aurora.Arr = 123_456m;
            await db.SaveChangesAsync();
        }

        await using var check = portal.CreateDb();
        var last = await check.ArrChanges.Where(c => c.AccountId == 2).OrderBy(c => c.Id).LastAsync();
        Assert.Equal((123_456m, Domain.Revenue.ArrSource.Integration), (last.Arr, last.Source));
        Assert.Equal(DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime), last.EffectiveOn);
    }

    [Fact]
    public async Task ShowsTheFiguresAndDownloadsThemAsCsv()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = await maria.GetStringAsync("/csm/revenue?by=Segment");
        var csv = await maria.GetAsync("/csm/revenue?handler=Csv&by=Segment");

        Assert.Contains("data-testid=\"retention\"", html, StringComparison.Ordinal);
        Assert.Contains("Enterprise", html, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("group,starting_arr,expansion,contraction,churned,ending_arr,grr,nrr", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Enterprise,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswersABadPeriodOrGroupingWithAPageNotAnError()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.GetAsync("/csm/revenue?from=banana&to=2026-01-01&by=Nothing&show=42");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<RetentionFigures> FiguresAsync(RetentionPeriod period)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var groups = await scope.ServiceProvider.GetRequiredService<RetentionQuery>().RunAsync(period, RetentionGrouping.All);
        return groups.Single().Figures;
    }
}
