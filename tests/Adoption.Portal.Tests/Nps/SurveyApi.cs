using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Engagements;
using Adoption.Portal.Tests.Engagements;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Nps;

/// <summary>Asks and answers surveys the way a host product's server does.</summary>
internal static class SurveyApi
{
    /// <summary>A live survey in a placement of its own, for the accounts listed (every account when none).</summary>
    public static async Task<Engagement> AddSurveyAsync(this PortalFactory portal, Action<SurveySettings>? change = null, params int[] accounts)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var survey = TheSurveyRules.Survey(change, id: 0);
        survey.PublicId = "nps_" + suffix[..6];
        survey.Placement = "s-" + suffix;
        survey.Name = "Survey " + suffix;
        survey.Targeting = new Targeting { Accounts = [.. accounts] };
        // Critical passes the attention budget, so tests asking the same person on one day do not depend on each other.
        survey.Critical = true;
        survey.SnoozeDays = survey.Survey!.AskLaterDays;
        await using (var db = portal.CreateDb())
        {
            db.Engagements.Add(survey);
            await db.SaveChangesAsync();
        }

        portal.Services.GetRequiredService<LiveEngagements>().Invalidate();
        return survey;
    }

    /// <summary>Decides for the user and reports the survey seen, as the tag helper does; the survey's token.</summary>
    public static async Task<string> ShownAsync(this PortalFactory portal, Engagement survey, string userId)
    {
        var decided = await portal.EngagementsForAsync(userId, survey.Placement);
        var token = Assert.Single(decided)!["token"]!.GetValue<string>();
        await portal.OutcomeAsync(token, userId, "seen");
        return token;
    }

    public static Task<HttpResponseMessage> AnswerAsync(this PortalFactory portal, string token, string userId, int? score, string? comment = null, bool? mayContact = null)
    {
        var body = new JsonObject { ["token"] = token, ["userId"] = userId, ["score"] = score, ["comment"] = comment, ["mayContact"] = mayContact };
        return portal.CreatePortalClient().PostAsync("/v1/surveys/answers", body.ToJsonString(), writeKey: DemoServerKey.Value);
    }
}
