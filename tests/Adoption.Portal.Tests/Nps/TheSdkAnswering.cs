using Adoption.Portal.Demo;
using Adoption.Portal.Tests.Engagements;
using Adoption.Sdk;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Nps;

/// <summary>The host's real SDK: Ben is offered the demo survey, answers it through the outcome queue, and it is stored once.</summary>
public sealed class TheSdkAnswering(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task BenIsAskedTheDemoSurveyAndHisAnswerArrivesOnce()
    {
        await using var client = new AdoptionClient(new AdoptionOptions
        {
            Endpoint = new Uri("https://localhost/"), WriteKey = DemoSignIns.WriteKey, ServerKey = DemoServerKey.Value,
            DecisionCacheDuration = TimeSpan.Zero, DecisionTimeout = TimeSpan.FromSeconds(30),
        }, new TestServerClients(portal));

        var survey = Assert.Single(await client.GetEngagementsAsync("user-001-02", ["home"], "en"));
        Assert.Equal((DemoSurveys.NorthwindSurveyId, EngagementKind.Survey), (survey.Id, survey.Kind));
        Assert.Equal("How likely are you to recommend Shipyard to a colleague?", survey.Content.Title);
        Assert.Equal("What should we fix first?", survey.Survey!.For(4));
        Assert.Equal("What do you value most in Shipyard?", survey.Survey.For(9));

        client.RecordOutcome("user-001-02", survey.Token, OutcomeKind.Seen);
        client.RecordSurveyAnswer("user-001-02", survey.Token, 9, "Live tracking of every truck.", mayContact: true);
        client.RecordSurveyAnswer("user-001-02", survey.Token, 9, "Live tracking of every truck.", mayContact: true);
        client.RecordSurveyAnswer("user-001-02", survey.Token, 42);
        await client.FlushAsync();

        await using var db = portal.CreateDb();
        var answer = await db.NpsResponses.SingleAsync(n => n.UserId == "user-001-02");
        Assert.Equal((9, "Live tracking of every truck.", true), (answer.Score, answer.Comment, answer.MayContact));
        Assert.DoesNotContain(await client.GetEngagementsAsync("user-001-02", ["home"], "en"), e => e.Id == DemoSurveys.NorthwindSurveyId);
    }

    /// <summary>Hands the SDK clients that talk to the in-process portal.</summary>
    private sealed class TestServerClients(PortalFactory portal) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => portal.CreateDefaultClient(new Uri("https://localhost/"));
    }
}
