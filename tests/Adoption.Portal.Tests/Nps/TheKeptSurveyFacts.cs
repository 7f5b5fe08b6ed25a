using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Nps;
using Adoption.Portal.Tests.Engagements;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Nps;

/// <summary>
/// Decide keeps a person's survey facts between decisions: an answer saved through this portal, by any
/// channel, counts at the very next decision; one written behind its back (another instance) within
/// <see cref="SurveyFactsCache.Lifetime"/>.
/// </summary>
public sealed class TheKeptSurveyFacts(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(NpsResponse Answer, Engagement Survey)> AskedAsync(string userId)
    {
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.Where(c => c.ExternalId == userId).SingleAsync();
        var survey = await portal.AddSurveyAsync(s => s.PeriodMonths = 12, contact.AccountId);
        // Twice: the first decision reads the facts, the second is served what it kept.
        Assert.Single(await portal.EngagementsForAsync(userId, survey.Placement));
        Assert.Single(await portal.EngagementsForAsync(userId, survey.Placement));
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var answer = new NpsResponse
        {
            AccountId = contact.AccountId, ContactId = contact.Id, UserId = userId, Score = 9, Channel = NpsChannel.Email, RespondedAt = now,
            EngagementId = survey.Id, Respondent = SurveyFactsLoader.RespondentKey(contact.Id, userId), Period = NpsPeriod.Key(now, 12),
        };
        return (answer, survey);
    }

    [Fact]
    public async Task CountsAnAnswerSavedThroughThePortalAtTheNextDecision()
    {
        const string user = "user-008-01";
        var (answer, survey) = await AskedAsync(user);

        // As the email's one-click score saves it: through a context of this portal.
        await using (var db = portal.CreateDb())
        {
            db.NpsResponses.Add(answer);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await portal.EngagementsForAsync(user, survey.Placement));
    }

    [Fact]
    public async Task CountsAnAnswerAnotherInstanceSavedOnceTheLifetimeHasPassed()
    {
        const string user = "user-008-02";
        var (a, survey) = await AskedAsync(user);

        // Straight into the table, as another portal instance on the same database would: this one is not told.
        await using (var db = portal.CreateDb())
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO NpsResponses (AccountId, ContactId, UserId, Score, Channel, RespondedAt, EngagementId, Respondent, Period, MayContact)
                VALUES ({a.AccountId}, {a.ContactId}, {a.UserId}, {a.Score}, {(int)a.Channel}, {a.RespondedAt}, {a.EngagementId}, {a.Respondent}, {a.Period}, {a.MayContact})
                """);
        }

        Assert.Single(await portal.EngagementsForAsync(user, survey.Placement));
        portal.Clock.Advance(SurveyFactsCache.Lifetime);
        Assert.Empty(await portal.EngagementsForAsync(user, survey.Placement));
    }
}
