using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Tests.Engagements;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Nps;

/// <summary><c>POST /v1/surveys/answers</c>: one answer per person, survey and period, bad input refused with nothing stored.</summary>
public sealed class TheAnswersApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<int> AccountOfAsync(string userId)
    {
        await using var db = portal.CreateDb();
        return await db.Contacts.Where(c => c.ExternalId == userId).Select(c => c.AccountId).SingleAsync();
    }

    private async Task<List<NpsResponse>> AnswersAsync(int surveyId)
    {
        await using var db = portal.CreateDb();
        return await db.NpsResponses.AsNoTracking().Where(n => n.EngagementId == surveyId).ToListAsync();
    }

    [Fact]
    public async Task StoresAScoreWhereHealthReadsNpsAndKeepsOneAnswerThroughRepeats()
    {
        var survey = await portal.AddSurveyAsync(accounts: await AccountOfAsync("user-003-02"));
        var token = await portal.ShownAsync(survey, "user-003-02");

        var first = await portal.AnswerAsync(token, "user-003-02", 8);
        var twice = await Task.WhenAll(portal.AnswerAsync(token, "user-003-02", 8, "Faster label printing, please."), portal.AnswerAsync(token, "user-003-02", 8));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = await first.JsonAsync();
        Assert.True(body["created"]!.GetValue<bool>());
        Assert.Equal("passive", body["category"]!.GetValue<string>());
        Assert.All(twice, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = Assert.Single(await AnswersAsync(survey.Id));
        Assert.Equal((8, "Faster label printing, please.", NpsChannel.InProduct, "user-003-02"), (stored.Score, stored.Comment, stored.Channel, stored.UserId));
        Assert.NotNull(stored.ContactId);
        Assert.Equal($"c:{stored.ContactId}", stored.Respondent);
        Assert.Equal(Adoption.Portal.Nps.NpsPeriod.Key(portal.Clock.GetUtcNow().UtcDateTime, 3), stored.Period);
        // Answered: the survey is not decided for the person again this period.
        Assert.Empty(await portal.EngagementsForAsync("user-003-02", survey.Placement));
    }

    [Fact]
    public async Task StoresOneAnswerAndOneRiskWhenTheSdkSendsTheSameAnswerAgain()
    {
        // The SDK's retry after a lost reply, or the next process sending its disk buffer: the very same body again.
        var survey = await portal.AddSurveyAsync(accounts: await AccountOfAsync("user-004-02"));
        var token = await portal.ShownAsync(survey, "user-004-02");
        var body = new JsonObject
        {
            ["token"] = token, ["userId"] = "user-004-02", ["score"] = 2, ["comment"] = "Invoices arrive a week late.", ["mayContact"] = true,
            ["at"] = portal.Clock.GetUtcNow().AddMinutes(-5).ToString("O", CultureInfo.InvariantCulture),
        }.ToJsonString();
        Task<HttpResponseMessage> Send() => portal.CreatePortalClient().PostAsync("/v1/surveys/answers", body, writeKey: DemoServerKey.Value);

        var first = await Send();
        var replays = await Task.WhenAll(Send(), Send());

        var answers = new List<(HttpStatusCode, int, bool)>();
        foreach (var reply in replays.Prepend(first))
        {
            var json = await reply.JsonAsync();
            answers.Add((reply.StatusCode, json["id"]!.GetValue<int>(), json["created"]!.GetValue<bool>()));
        }

        var stored = Assert.Single(await AnswersAsync(survey.Id));
        Assert.Equal([(HttpStatusCode.OK, stored.Id, true), (HttpStatusCode.OK, stored.Id, false), (HttpStatusCode.OK, stored.Id, false)], answers);
        Assert.Equal((2, "Invoices arrive a week late.", true), (stored.Score, stored.Comment, stored.MayContact));
        await using var db = portal.CreateDb();
        Assert.Single(await db.Risks.Where(r => r.Detail == "Invoices arrive a week late.").ToListAsync());
    }

    [Fact]
    public async Task KeepsAScoreWithoutFollowUpAndAddsTheFollowUpLater()
    {
        var survey = await portal.AddSurveyAsync(accounts: await AccountOfAsync("user-003-03"));
        var token = await portal.ShownAsync(survey, "user-003-03");

        await portal.AnswerAsync(token, "user-003-03", 9);
        var partial = Assert.Single(await AnswersAsync(survey.Id));
        var completed = await portal.AnswerAsync(token, "user-003-03", 9, "The alerts.");

        Assert.Null(partial.Comment);
        Assert.False((await completed.JsonAsync())["created"]!.GetValue<bool>());
        Assert.Equal("The alerts.", Assert.Single(await AnswersAsync(survey.Id)).Comment);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(-1)]
    [InlineData(null)]
    public async Task RefusesAScoreOutsideZeroToTenAndStoresNothing(int? score)
    {
        var survey = await portal.AddSurveyAsync(accounts: await AccountOfAsync("user-003-04"));
        var token = await portal.ShownAsync(survey, "user-003-04");

        var response = await portal.AnswerAsync(token, "user-003-04", score);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await response.JsonAsync())["errors"]!["score"]);
        Assert.Empty(await AnswersAsync(survey.Id));
    }

    [Fact]
    public async Task AnswersNotFoundForAForgedTokenAnotherUsersTokenOrASurveyNeverShown()
    {
        var account = await AccountOfAsync("user-005-02");
        var survey = await portal.AddSurveyAsync(accounts: account);
        var decided = await portal.EngagementsForAsync("user-005-02", survey.Placement);
        var unseen = Assert.Single(decided)!["token"]!.GetValue<string>();

        var forged = await portal.AnswerAsync("not-a-token", "user-005-02", 7);
        var neverShown = await portal.AnswerAsync(unseen, "user-005-02", 7);
        await portal.OutcomeAsync(unseen, "user-005-02", "seen");
        var someoneElse = await portal.AnswerAsync(unseen, "user-005-03", 7);

        Assert.All([forged, neverShown, someoneElse], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("survey-not-shown", (await neverShown.JsonAsync())["reason"]!.GetValue<string>());
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await AnswersAsync(survey.Id));
    }

    [Fact]
    public async Task RaisesASentimentRiskAndATodayItemForADetractorCarryingTheComment()
    {
        // Northwind is Maria's account: its detractors reach her Today list.
        var survey = await portal.AddSurveyAsync(accounts: await AccountOfAsync("user-001-03"));
        var token = await portal.ShownAsync(survey, "user-001-03");

        await portal.AnswerAsync(token, "user-001-03", 3, "Exports time out every Monday.");

        await using (var db = portal.CreateDb())
        {
            var risk = await db.Risks.SingleAsync(r => r.Detail == "Exports time out every Monday.");
            Assert.Equal((RiskCategory.Sentiment, null), (risk.Category, risk.ResolvedAt));
            Assert.Contains("answered 3", risk.Title, StringComparison.Ordinal);
            Assert.False(await db.ReferenceInvitations.AnyAsync(r => r.Response!.Comment == "Exports time out every Monday."));
        }

        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var today = HtmlForms.Parse(await maria.GetStringAsync("/csm/today"));
        Assert.Contains(today.QuerySelectorAll("li.today-item[data-kind=detractor]"), i => i.TextContent.Contains("Exports time out every Monday.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvitesAPromoterToBecomeAReference()
    {
        var survey = await portal.AddSurveyAsync(accounts: await AccountOfAsync("user-001-04"));
        var token = await portal.ShownAsync(survey, "user-001-04");

        await portal.AnswerAsync(token, "user-001-04", 10, "Saves us a day a week.");
        await portal.AnswerAsync(token, "user-001-04", 10);

        await using var db = portal.CreateDb();
        var answer = Assert.Single(await AnswersAsync(survey.Id));
        var invitation = await db.ReferenceInvitations.SingleAsync(r => r.NpsResponseId == answer.Id);
        Assert.Equal((ReferenceStatus.Invited, false, answer.ContactId), (invitation.Status, invitation.Consent, invitation.ContactId));
        Assert.False(await db.Risks.AnyAsync(r => r.Detail == "Saves us a day a week."));
    }
}
