using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>Recording value and signing it off, and what changing signed figures does.</summary>
public sealed class TheValueLedger(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task RecordsValueThatTheCsmThenSignsOff()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var recorded = await maria.SubmitAsync("/csm/accounts/5/value", null, new()
        {
            ["NewEntry.Outcome"] = "Stock-outs per quarter", ["NewEntry.Before"] = "12", ["NewEntry.After"] = "3",
            ["NewEntry.Unit"] = "stock-outs", ["NewEntry.AnnualValue"] = "18000", ["NewEntry.Evidence"] = "Store reports Q2 vs Q4",
        });

        Assert.Contains("Value entry recorded.", await maria.FollowAsync(recorded), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        var entry = await db.ValueEntries.AsNoTracking().SingleAsync(v => v.Outcome == "Stock-outs per quarter");
        Assert.Equal((5, 12m, 3m, 18000m, true), (entry.AccountId, entry.Before, entry.After, entry.AnnualValue, entry.CustomerVisible));
        Assert.Contains("Stock-outs per quarter", await maria.GetStringAsync("/csm/today"), StringComparison.Ordinal);

        var signed = await maria.SubmitAsync($"/csm/value/{entry.Id}", "SignOff");

        Assert.Contains("Signed off.", await maria.FollowAsync(signed), StringComparison.Ordinal);
        var after = await db.ValueEntries.AsNoTracking().SingleAsync(v => v.Id == entry.Id);
        Assert.Equal(("Maria Santos", portal.Clock.GetUtcNow().UtcDateTime), (after.CsmSignedOffBy, after.CsmSignedOffAt));
        Assert.DoesNotContain("Stock-outs per quarter", await maria.GetStringAsync("/csm/today"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawsBothSignOffsWhenTheFiguresChangeButNotForTheEvidence()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var entry = await db.ValueEntries.FirstAsync(v => v.AccountId == 1 && v.CsmSignedOffAt != null && v.CustomerSignedOffAt != null);

        var evidence = await maria.SubmitAsync($"/csm/value/{entry.Id}", null, new() { ["Input.Evidence"] = "Time sheets, all four quarters" });
        Assert.Contains("Entry saved.", await maria.FollowAsync(evidence), StringComparison.Ordinal);
        Assert.True((await db.ValueEntries.AsNoTracking().SingleAsync(v => v.Id == entry.Id)).FullySignedOff);

        var figures = await maria.SubmitAsync($"/csm/value/{entry.Id}", null, new() { ["Input.After"] = "10" });
        Assert.Contains("both sign-offs were withdrawn", await maria.FollowAsync(figures), StringComparison.Ordinal);
        var changed = await db.ValueEntries.AsNoTracking().SingleAsync(v => v.Id == entry.Id);
        Assert.Equal((10m, null, null), (changed.After, changed.CustomerSignedOffAt, changed.CsmSignedOffAt));
    }

    [Fact]
    public async Task RefusesValueAchievedInTheFutureOrTiedToAnotherAccountsObjective()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var otherObjective = await db.Objectives.Where(o => o.Plan!.AccountId == 2).Select(o => o.Id).FirstAsync();
        var before = await db.ValueEntries.CountAsync();

        var response = await maria.SubmitAsync("/csm/accounts/1/value", null, new()
        {
            ["NewEntry.Outcome"] = "Faster month-end", ["NewEntry.Before"] = "5", ["NewEntry.After"] = "2",
            ["NewEntry.AchievedOn"] = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["NewEntry.ObjectiveId"] = $"{otherObjective}",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Value cannot be achieved in the future.", html, StringComparison.Ordinal);
        Assert.Contains("Choose one of this account&#x27;s objectives.", html, StringComparison.Ordinal);
        Assert.Equal(before, await db.ValueEntries.CountAsync());
    }
}
