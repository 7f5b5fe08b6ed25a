using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Tests.EmailPrograms;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.Nps;

/// <summary>The <c>nps</c> email program against the real SMTP server: the fallback after N days, the standalone send, one-click scores.</summary>
public sealed partial class TheNpsEmail
{
    private static async Task PauseTheDemoSurveyAsync(PortalFactory portal)
    {
        await using var db = portal.CreateDb();
        await db.Engagements.Where(e => e.Kind == EngagementKind.Survey).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EngagementStatus.Paused));
    }

    [Fact]
    public async Task EmailsAPersonWhoLeftTheSurveyUnansweredAfterNDaysOnceAndTheLinkRecordsTheScore()
    {
        await using var portal = new MailPortalFactory();
        await PauseTheDemoSurveyAsync(portal);
        var ben = await ContactAsync(portal, "ben@northwind.example");
        var survey = await portal.AddSurveyAsync(s => (s.EmailAfterDays, s.OneAnswerPerAccount) = (5, false), ben.AccountId);
        await portal.ShownAsync(survey, "user-001-02");

        await RunAsync(portal, "nps", ben.AccountId);
        Assert.Equal(0, await EmailsToAsync(portal, "ben@northwind.example"));
        portal.Clock.Advance(TimeSpan.FromDays(5));
        await RunAsync(portal, "nps", ben.AccountId);
        var again = await RunAsync(portal, "nps", ben.AccountId);

        Assert.Equal(1, await EmailsToAsync(portal, "ben@northwind.example"));
        Assert.Equal(0, again.Queued);
        var message = await portal.Mailbox.WaitForMessageToAsync("ben@northwind.example");
        Assert.Equal("Northwind Logistics: one question, one click", message.Subject);
        var links = ScoreLink().Matches(message.TextBody!).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(11, links.Count);

        var browser = portal.CreatePortalClient();
        var opened = await browser.GetAsync(new Uri(links[3]).PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var followUp = await browser.GetStringAsync(opened.Headers.Location!.OriginalString);
        Assert.Contains("What disappointed you most?", followUp, StringComparison.Ordinal);
        await using (var db = portal.CreateDb())
        {
            var answer = await db.NpsResponses.SingleAsync(n => n.EngagementId == survey.Id);
            Assert.Equal((3, NpsChannel.Email, ben.Id, (string?)null), (answer.Score, answer.Channel, answer.ContactId, answer.Comment));
        }

        var posted = await browser.SubmitAsync(opened.Headers.Location!.OriginalString, null, new Dictionary<string, string?>
        {
            ["Score"] = "4", ["Comment"] = "The mobile app logs me out.", ["MayContact"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await using (var db = portal.CreateDb())
        {
            var answer = await db.NpsResponses.SingleAsync(n => n.EngagementId == survey.Id);
            Assert.Equal((4, "The mobile app logs me out.", true), (answer.Score, answer.Comment, answer.MayContact));
        }

        // Answered: the next run sends nothing, even in a new week.
        portal.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal(0, (await RunAsync(portal, "nps", ben.AccountId)).Queued);
    }

    [Fact]
    public async Task AsksContactsTheProductNeverSeesAtOnce()
    {
        await using var portal = new MailPortalFactory();
        await PauseTheDemoSurveyAsync(portal);
        var anna = await ContactAsync(portal, "anna@northwind.example");
        await using (var db = portal.CreateDb())
        {
            db.Contacts.Add(new Contact { AccountId = anna.AccountId, Name = "Pia Offline", Email = "pia@northwind.example", Role = ContactRole.User, CreatedAt = portal.Clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
        }

        var survey = await portal.AddSurveyAsync(s => (s.EmailAfterDays, s.OneAnswerPerAccount) = (7, false), anna.AccountId);

        await RunAsync(portal, "nps", anna.AccountId);

        var message = await portal.Mailbox.WaitForMessageToAsync("pia@northwind.example");
        Assert.Contains("Recommend us?", message.TextBody!, StringComparison.Ordinal);
        await using var check = portal.CreateDb();
        // Anna uses the product: she is asked there first, and by email only if she leaves it unanswered.
        Assert.False(await check.EmailOutbox.AnyAsync(m => m.To == "anna@northwind.example" && m.Category == EmailCategory.Surveys));
    }

    [Fact]
    public async Task RefusesAForgedLinkOrAScoreOutsideZeroToTen()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreatePortalClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/survey/forged/3")).StatusCode);
        await using var db = portal.CreateDb();
        Assert.False(await db.NpsResponses.AnyAsync(n => n.Channel == NpsChannel.Email && n.EngagementId != null));
    }

    private static async Task<int> EmailsToAsync(PortalFactory portal, string to)
    {
        await using var db = portal.CreateDb();
        return await db.EmailOutbox.CountAsync(m => m.To == to && m.Category == EmailCategory.Surveys);
    }

    [GeneratedRegex(@"^(?<score>\d+): (?<url>https?://\S+)$", RegexOptions.Multiline)]
    private static partial Regex ScoreLink();
}
