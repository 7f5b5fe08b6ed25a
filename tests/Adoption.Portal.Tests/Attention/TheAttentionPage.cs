using System.Net;
using Adoption.Portal.Attention;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Attention;

public sealed class TheAttentionPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SavesLimitsThatTheNextDecisionUses()
    {
        var ops = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var saved = await ops.PostFormAsync("/csm/attention", new()
        {
            ["Input.InterruptingPerUserPerDay"] = "2", ["Input.AmbientPerUserPerDay"] = "4", ["Input.EmailsPerContactPerWeek"] = "1",
            ["Input.InterruptingPerAccountPerDay"] = "30", ["Input.SurveyWaitDays"] = "90",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = portal.Services.CreateAsyncScope();
        var limits = scope.ServiceProvider.GetRequiredService<AttentionBudget>().Limits;
        Assert.Equal((2, 4, 1, 30, 90),
            (limits.InterruptingPerUserPerDay, limits.AmbientPerUserPerDay, limits.EmailsPerContactPerWeek, limits.InterruptingPerAccountPerDay, limits.SurveyWaitDays));
        Assert.Contains("Attention limits saved.", await ops.GetStringAsync("/csm/attention"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainsALimitOutOfRangeAndSavesNothing()
    {
        var ops = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var before = portal.CreateDb();
        var rows = await before.AttentionSettings.CountAsync();

        var response = await ops.PostFormAsync("/csm/attention", new()
        {
            ["Input.InterruptingPerUserPerDay"] = "-1", ["Input.AmbientPerUserPerDay"] = "", ["Input.EmailsPerContactPerWeek"] = "1",
            ["Input.InterruptingPerAccountPerDay"] = "30", ["Input.SurveyWaitDays"] = "400",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a whole number from 0 to 20.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a number.", html, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number from 0 to 365.", html, StringComparison.Ordinal);
        await using var after = portal.CreateDb();
        Assert.Equal(rows, await after.AttentionSettings.CountAsync());
    }

    [Fact]
    public async Task IsForCsOperationsOnly()
    {
        var csm = await portal.SignInAsync("tom.csm@adoption.example");

        var response = await csm.GetAsync("/csm/attention");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await csm.GetAsync(response.Headers.Location)).StatusCode);
    }
}
