using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheRevenueSettings(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AddsAReasonCodeARateAndATarget()
    {
        var ops = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var tom = await db.Users.Where(u => u.Email == "tom.csm@adoption.example").Select(u => u.Id).SingleAsync();

        // Each status line is read before the next form is opened: opening the page shows (and uses up) it.
        var reason = await ops.SubmitAsync("/csm/revenue/settings", "Reason", new() { ["Reason.Code"] = "price", ["Reason.Label"] = "Price too high", ["Reason.Kind"] = "Churn" });
        Assert.Contains("Reason code added.", await ops.FollowAsync(reason), StringComparison.Ordinal);
        var rate = await ops.SubmitAsync("/csm/revenue/settings", "Rate", new() { ["Rate.Currency"] = "gbp", ["Rate.ValidFrom"] = "2026-01-01", ["Rate.Rate"] = "1.17" });
        Assert.Contains("Rate saved.", await ops.FollowAsync(rate), StringComparison.Ordinal);
        var target = await ops.SubmitAsync("/csm/revenue/settings", "Target", new() { ["Target.CsmUserId"] = tom, ["Target.Amount"] = "700000" });
        Assert.Contains("Target saved.", await ops.FollowAsync(target), StringComparison.Ordinal);

        await using var after = portal.CreateDb();
        Assert.True(await after.ReasonCodes.AnyAsync(r => r.Code == "PRICE" && r.Label == "Price too high"));
        Assert.Equal(1.17m, (await after.CurrencyRates.SingleAsync(r => r.Currency == "GBP")).Rate);
        Assert.Equal(1, await after.CsmTargets.CountAsync(t => t.CsmUserId == tom));
        Assert.Equal(700_000m, (await after.CsmTargets.SingleAsync(t => t.CsmUserId == tom)).Amount);
    }

    [Theory]
    [InlineData("Rate", "Rate.Currency", "XYZ", "Enter a three-letter currency code such as EUR, USD or CNY.")]
    [InlineData("Rate", "Rate.Rate", "-1", "A rate is more than zero.")]
    [InlineData("Target", "Target.Amount", "-10", "A target cannot be negative.")]
    [InlineData("Reason", "Reason.Code", "", "Enter a short code.")]
    public async Task ExplainsBadInputAndSavesNothing(string handler, string field, string value, string message)
    {
        var ops = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var before = DatabaseFingerprint.Of(portal.DatabasePath);
        Dictionary<string, string?> fields = handler switch
        {
            "Rate" => new() { ["Rate.Currency"] = "USD", ["Rate.ValidFrom"] = "2026-02-01", ["Rate.Rate"] = "0.9" },
            "Target" => new() { ["Target.CsmUserId"] = "x", ["Target.Amount"] = "1" },
            _ => new() { ["Reason.Code"] = "X", ["Reason.Label"] = "X", ["Reason.Kind"] = "Churn" },
        };
        fields[field] = value;

        var response = await ops.SubmitAsync("/csm/revenue/settings", handler, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Changed(before, DatabaseFingerprint.Of(portal.DatabasePath)));
    }

    [Fact]
    public async Task IsForCsOperationsOnly()
    {
        var tom = await portal.SignInAsync("tom.csm@adoption.example");

        var response = await tom.GetAsync("/csm/revenue/settings");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/forbidden", response.Headers.Location!.AbsolutePath);
    }
}
