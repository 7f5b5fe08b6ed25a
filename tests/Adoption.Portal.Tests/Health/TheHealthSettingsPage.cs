using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Health;

/// <summary>CS operations tune the profile; each save is a revision the scorer uses from then on.</summary>
public sealed class TheHealthSettingsPage(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/csm/health-settings";

    [Fact]
    public async Task IsForbiddenToCustomers()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.GetAsync(Page);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RefusesWeightsThatDoNotAddUpAndSavesNothing()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var before = await db.HealthProfiles.CountAsync();

        var response = await maria.SubmitAsync(Page + "?stage=Renewal", null, new() { ["Input.SeatsWeight"] = "50", ["Input.YellowFrom"] = "90", ["Input.GreenFrom"] = "80" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("The weights add up to 120; make them add up to 100.", html, StringComparison.Ordinal);
        Assert.Contains("Yellow must start below green.", html, StringComparison.Ordinal);
        Assert.Equal(before, await db.HealthProfiles.CountAsync());
    }

    [Fact]
    public async Task AnswersAFieldMessageNotAnErrorForTextInANumberField()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.SubmitAsync(Page + "?stage=Value", null, new() { ["Input.GreenFrom"] = "lots" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SavesAStageProfileAsANewRevisionThatTheScorerUsesForThatStageOnly()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var onboarding = await db.Accounts.Where(a => a.Stage == LifecycleStage.Onboarding).Select(a => a.Id).FirstAsync();
        var other = await db.Accounts.Where(a => a.Stage != LifecycleStage.Onboarding).Select(a => a.Id).FirstAsync();
        var otherBefore = await ScoreAsync(other);

        var seatsOnly = new Dictionary<string, string?>
        {
            ["Input.AdoptionWeight"] = "0", ["Input.SeatsWeight"] = "100", ["Input.EngagementWeight"] = "0", ["Input.NpsWeight"] = "0",
            ["Input.SupportWeight"] = "0", ["Input.SentimentWeight"] = "0", ["Input.PlanWeight"] = "0",
        };
        var saved = await maria.FollowAsync(await maria.SubmitAsync(Page + "?stage=Onboarding", null, seatsOnly));
        seatsOnly["Input.GreenFrom"] = "99";
        await maria.FollowAsync(await maria.SubmitAsync(Page + "?stage=Onboarding", null, seatsOnly));

        Assert.Contains("Saved revision 1.", saved, StringComparison.Ordinal);
        Assert.Equal([2, 1], await db.HealthProfiles.Where(p => p.Stage == LifecycleStage.Onboarding).OrderByDescending(p => p.Revision).Select(p => p.Revision).ToListAsync());
        var health = await ScoreAsync(onboarding);
        Assert.Equal(HealthFactor.Seats, Assert.Single(health.Components).Factor);
        Assert.Equal(health.Components[0].Score, health.Score);
        Assert.Equal(otherBefore.Score, (await ScoreAsync(other)).Score);
    }

    [Fact]
    public async Task RefusesASaveOnTopOfARevisionTheFormDidNotShow()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        db.HealthProfiles.Add(new HealthProfile { Stage = LifecycleStage.Advocacy, Revision = 1, AdoptionWeight = 100, GreenFrom = 70, YellowFrom = 40, SeatTargetPercent = 50 });
        await db.SaveChangesAsync();

        var response = await maria.SubmitAsync(Page + "?stage=Advocacy", null, new() { ["Input.Revision"] = "0" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone saved this profile after you opened it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await db.HealthProfiles.CountAsync(p => p.Stage == LifecycleStage.Advocacy));
    }

    private async Task<AccountHealth> ScoreAsync(int accountId)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HealthScorer>().ScoreAsync(accountId, DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime));
    }
}
