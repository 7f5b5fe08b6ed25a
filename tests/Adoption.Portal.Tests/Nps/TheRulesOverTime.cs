using Adoption.Portal.Tests.Engagements;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Nps;

/// <summary>"Ask me later" and the re-survey wait against the portal's fake clock, through decide and outcomes.</summary>
public sealed class TheRulesOverTime(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> AccountOfAsync(string userId)
    {
        await using var db = portal.CreateDb();
        return await db.Contacts.Where(c => c.ExternalId == userId).Select(c => c.AccountId).SingleAsync();
    }

    [Fact]
    public async Task AsksAgainNDaysAfterAskMeLaterAtMostKTimes()
    {
        const string user = "user-006-02";
        var survey = await portal.AddSurveyAsync(s => (s.AskLaterDays, s.AskLaterMax, s.PeriodMonths) = (3, 1, 12), await AccountOfAsync(user));
        var start = portal.Clock.GetUtcNow();
        var token = await portal.ShownAsync(survey, user);

        await portal.OutcomeAsync(token, user, "snoozed");
        Assert.Empty(await portal.EngagementsForAsync(user, survey.Placement));
        portal.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Empty(await portal.EngagementsForAsync(user, survey.Placement));
        portal.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var again = await portal.ShownAsync(survey, user);

        // The second "later" is one more than the one allowed: not asked again this period.
        await portal.OutcomeAsync(again, user, "snoozed");
        portal.Clock.Advance(TimeSpan.FromDays(4));
        if (start.Year == portal.Clock.GetUtcNow().Year)
        {
            Assert.Empty(await portal.EngagementsForAsync(user, survey.Placement));
        }
    }

    [Fact]
    public async Task WaitsTheResurveyDaysAfterAnAnswerAcrossPeriods()
    {
        const string user = "user-007-01";
        var survey = await portal.AddSurveyAsync(s => (s.PeriodMonths, s.ResurveyDays) = (1, 40), await AccountOfAsync(user));
        var token = await portal.ShownAsync(survey, user);
        await portal.AnswerAsync(token, user, 7);

        // Into the next month: a new period, but 40 days have not passed.
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var nextMonth = new DateTime(now.Year, now.Month, 1, 12, 0, 0, DateTimeKind.Utc).AddMonths(1);
        portal.Clock.Advance(nextMonth - now);
        Assert.Empty(await portal.EngagementsForAsync(user, survey.Placement));

        portal.Clock.Advance(now.AddDays(40).AddMinutes(1) - nextMonth);
        Assert.Single(await portal.EngagementsForAsync(user, survey.Placement));
    }
}
