using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Revenue;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Revenue;

/// <summary>Closing renewals and recording ARR on /csm/accounts/{id}/revenue: what is saved, and what bad input never saves.</summary>
public sealed class TheAccountRevenueTab(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const int Northwind = 1, Aurora = 2, Sapori = 3;

    [Fact]
    public async Task ClosesAnExpansionIntoTheHistoryAndOpensTheNextTerm()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var before = portal.CreateDb();
        var open = await before.Renewals.SingleAsync(r => r.AccountId == Northwind && r.Outcome == RenewalOutcome.Open);
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);

        var response = await maria.SubmitAsync("/csm/accounts/1/revenue", "Close", new()
        {
            ["Close.Outcome"] = "Expanded", ["Close.NewArr"] = "300000", ["Close.ClosedOn"] = today.ToString("yyyy-MM-dd"), ["Close.Notes"] = "Third site",
        });

        Assert.Contains("Renewal closed.", await maria.FollowAsync(response), StringComparison.Ordinal);
        await using var after = portal.CreateDb();
        var closed = await after.Renewals.SingleAsync(r => r.Id == open.Id);
        Assert.Equal((RenewalOutcome.Expanded, 300_000m, today, "Third site"), (closed.Outcome, closed.NewArr!.Value, closed.ClosedOn!.Value, closed.Notes));
        var next = await after.Renewals.SingleAsync(r => r.AccountId == Northwind && r.Outcome == RenewalOutcome.Open);
        Assert.Equal((open.DueDate.AddYears(1), 300_000m), (next.DueDate, next.ArrAtStart));
        var change = await after.ArrChanges.Where(c => c.AccountId == Northwind).OrderBy(c => c.Id).LastAsync();
        Assert.Equal((open.DueDate, 300_000m, ArrSource.Renewal), (change.EffectiveOn, change.Arr, change.Source));
        Assert.Equal(300_000m, (await after.Accounts.SingleAsync(a => a.Id == Northwind)).Arr);
    }

    [Fact]
    public async Task RefusesAChurnWithoutAReasonAndAnOutcomeWithoutADateAndSavesNothing()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var fingerprint = DatabaseFingerprint.Of(portal.DatabasePath);

        var churn = await maria.SubmitAsync("/csm/accounts/2/revenue", "Close", new() { ["Close.Outcome"] = "Churned", ["Close.ReasonCodeId"] = "" });
        var undated = await maria.SubmitAsync("/csm/accounts/2/revenue", "Close", new() { ["Close.Outcome"] = "Renewed", ["Close.ClosedOn"] = "" });
        var nothing = await maria.SubmitAsync("/csm/accounts/2/revenue", "Close", new() { ["Close.Outcome"] = "" });

        Assert.Equal(HttpStatusCode.OK, churn.StatusCode);
        Assert.Contains("Choose a reason.", await churn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Enter the day the renewal closed.", await undated.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Choose what happened.", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Changed(fingerprint, DatabaseFingerprint.Of(portal.DatabasePath)));
    }

    [Fact]
    public async Task RefusesAContractionWithAChurnReasonOrAnAmountAboveTheStart()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var churnCode = await db.ReasonCodes.Where(r => r.Kind == ReasonKind.Churn).Select(r => r.Id).FirstAsync();

        var wrongReason = await maria.SubmitAsync("/csm/accounts/2/revenue", "Close", new()
        {
            ["Close.Outcome"] = "Contracted", ["Close.NewArr"] = "100000", ["Close.ReasonCodeId"] = churnCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var notLess = await maria.SubmitAsync("/csm/accounts/2/revenue", "Close", new() { ["Close.Outcome"] = "Contracted", ["Close.NewArr"] = "999999" });

        Assert.Contains("Choose a reason from the list.", await wrongReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("A contraction renews below the term", await notLess.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosesAChurnAtZeroWithItsReasonAndOpensNoNextTerm()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var code = await db.ReasonCodes.SingleAsync(r => r.Code == "COMPETITOR");

        var response = await maria.SubmitAsync("/csm/accounts/3/revenue", "Close", new()
        {
            ["Close.Outcome"] = "Churned", ["Close.ReasonCodeId"] = code.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var after = portal.CreateDb();
        Assert.False(await after.Renewals.AnyAsync(r => r.AccountId == Sapori && r.Outcome == RenewalOutcome.Open));
        var churned = await after.Renewals.SingleAsync(r => r.AccountId == Sapori && r.Outcome == RenewalOutcome.Churned);
        Assert.Equal((0m, code.Id), (churned.NewArr!.Value, churned.ReasonCodeId!.Value));
        Assert.Equal(0m, (await after.Accounts.SingleAsync(a => a.Id == Sapori)).Arr);
    }

    [Theory]
    [InlineData("-5", "EUR", "ARR cannot be negative.")]
    [InlineData("1000", "EUX", "Enter a three-letter currency code such as EUR, USD or CNY.")]
    [InlineData("", "EUR", "Enter the ARR.")]
    [InlineData("banana", "EUR", "Enter the ARR.")]
    public async Task RefusesANegativeAmountOrAnUnknownCurrencyAndSavesNothing(string arr, string currency, string message)
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var rows = await db.ArrChanges.CountAsync();

        var response = await maria.SubmitAsync("/csm/accounts/2/revenue", "Arr", new() { ["Change.Arr"] = arr, ["Change.Currency"] = currency });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var after = portal.CreateDb();
        Assert.Equal(rows, await after.ArrChanges.CountAsync());
    }

    [Fact]
    public async Task SavesTheCsmsCallOnTheOpenRenewal()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.SubmitAsync("/csm/accounts/2/revenue", "Forecast", new() { ["Call.Forecast"] = "AtRisk", ["Call.Amount"] = "150000" });

        Assert.Contains("Forecast saved.", await maria.FollowAsync(response), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var open = await db.Renewals.SingleAsync(r => r.AccountId == Aurora && r.Outcome == RenewalOutcome.Open);
        Assert.Equal((RenewalForecast.AtRisk, 150_000m), (open.Forecast, open.ForecastArr!.Value));
    }
}
