using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Nps;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Nps;

/// <summary>"What we changed" reaches the customers of the answers it is linked to, and only them; promoters accept or decline.</summary>
public sealed class TheFollowThrough(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsTheNoteToTheAnsweringAccountsCustomerAndNotToAnotherAccounts()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var other = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        int answerId;
        await using (var db = portal.CreateDb())
        {
            var benContact = await db.Contacts.SingleAsync(c => c.Email == DemoSignIns.CustomerUser.Email);
            var answer = new NpsResponse { AccountId = benContact.AccountId, ContactId = benContact.Id, Score = 4, Comment = "Route planning is slow.", RespondedAt = portal.Clock.GetUtcNow().UtcDateTime };
            db.NpsResponses.Add(answer);
            await db.SaveChangesAsync();
            answerId = answer.Id;
        }

        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var saved = await maria.SubmitAsync("/csm/nps", "Note", new Dictionary<string, string?>
        {
            ["NoteTitle"] = "Route planning is three times faster", ["NoteBody"] = "We rebuilt the route planner after your feedback.", ["NoteAnswers"] = answerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);

        var mine = await ben.GetStringAsync("/nps");
        var overview = await ben.GetStringAsync("/overview");
        var theirs = await other.GetStringAsync("/nps");
        var theirOverview = await other.GetStringAsync("/overview");

        Assert.Contains("Route planning is three times faster", mine, StringComparison.Ordinal);
        Assert.Contains("Route planning is three times faster", overview, StringComparison.Ordinal);
        // The detractor's own words stay with the vendor.
        Assert.DoesNotContain("Route planning is slow.", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Route planning is three times faster", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Route planning is three times faster", theirOverview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesANoteWithoutAnswersWithAFieldMessageAndSavesNothing()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.SubmitAsync("/csm/nps", "Note", new Dictionary<string, string?> { ["NoteTitle"] = "Nothing linked", ["NoteBody"] = "Body" });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tick the answers this note responds to.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.ChangeNotes.AnyAsync(n => n.Title == "Nothing linked"));
    }

    [Fact]
    public async Task APromoterAcceptsTheReferenceInvitationWithConsentAndTheAccountMovesToAdvocacy()
    {
        // Ben's account, Northwind, is in the value stage.
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        int accountId;
        await using (var db = portal.CreateDb())
        {
            var contact = await db.Contacts.SingleAsync(c => c.Email == DemoSignIns.CustomerUser.Email);
            accountId = contact.AccountId;
            var answer = new NpsResponse { AccountId = accountId, ContactId = contact.Id, Score = 10, RespondedAt = portal.Clock.GetUtcNow().UtcDateTime };
            db.ReferenceInvitations.Add(new ReferenceInvitation { AccountId = accountId, ContactId = contact.Id, Response = answer, InvitedAt = answer.RespondedAt });
            await db.SaveChangesAsync();
        }

        var withoutConsent = await ben.SubmitAsync("/nps", "Accept", new Dictionary<string, string?> { ["Consent"] = null });
        Assert.Contains("Tick the box to agree", await withoutConsent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var accepted = await ben.SubmitAsync("/nps", "Accept", new Dictionary<string, string?> { ["Consent"] = "true" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, accepted.StatusCode);
        await using var check = portal.CreateDb();
        var invitation = await check.ReferenceInvitations.SingleAsync(r => r.AccountId == accountId);
        Assert.Equal((ReferenceStatus.Accepted, true), (invitation.Status, invitation.Consent));
        Assert.Equal(LifecycleStage.Advocacy, (await check.Accounts.SingleAsync(a => a.Id == accountId)).Stage);
    }
}
