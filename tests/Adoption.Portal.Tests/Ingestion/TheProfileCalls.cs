using System.Net;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>identify keeps contacts current, group maps groupIds to accounts, and usage completes milestones.</summary>
public sealed class TheProfileCalls(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task IdentifyKeepsTheContactCurrent()
    {
        var response = await portal.CreatePortalClient().PostAsync("/v1/identify",
            """{"userId":"user-001-03","messageId":"identify-1","traits":{"email":"New.Address@Northwind.example","firstName":"Chris","lastName":"Doe","role":"Executive sponsor","locale":"fi-FI","title":"VP Operations"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.SingleAsync(c => c.ExternalId == "user-001-03");
        Assert.Equal(("new.address@northwind.example", "Chris Doe", ContactRole.ExecutiveSponsor, "fi", "VP Operations"),
            (contact.Email, contact.Name, contact.Role, contact.Locale, contact.Title));
    }

    [Fact]
    public async Task IdentifyCreatesTheContactOfAKnownAccount()
    {
        await portal.CreatePortalClient().PostAsync("/v1/identify",
            """{"userId":"new-person-1","messageId":"identify-2","context":{"groupId":"acct-002"},"traits":{"email":"uusi@aurora.example","name":"Uusi Henkilö","locale":"zh-CN"}}""");

        await using var db = portal.CreateDb();
        var contact = await db.Contacts.SingleAsync(c => c.ExternalId == "new-person-1");
        Assert.Equal((2, "uusi@aurora.example", "Uusi Henkilö", "zh-Hans"), (contact.AccountId, contact.Email, contact.Name, contact.Locale));
    }

    [Fact]
    public async Task GroupCreatesATechTouchSmbAccountAndLaterTracksCountForIt()
    {
        var client = portal.CreatePortalClient();
        await client.PostAsync("/v1/group",
            """{"userId":"founder-1","groupId":"acct-new-1","messageId":"group-1","traits":{"name":"Brand New Oy","plan":"starter","arr":"4800","industry":"Retail"}}""");
        await client.PostAsync("/v1/track", """{"userId":"founder-1","event":"Report Scheduled","messageId":"group-track-1"}""");

        await using var db = portal.CreateDb();
        var account = await db.Accounts.SingleAsync(a => a.ExternalId == "acct-new-1");
        Assert.Equal(("Brand New Oy", "starter", 4800m, "Retail", Segment.Smb, Coverage.TechTouch, (string?)null),
            (account.Name, account.Plan, account.Arr, account.Industry, account.Segment, account.Coverage, account.CsmUserId));
        Assert.Equal(account.Id, await db.TrackedEvents.Where(e => e.MessageId == "group-track-1").Select(e => e.AccountId).SingleAsync());
    }

    [Fact]
    public async Task GroupUpdatesAnExistingAccountsNamePlanAndArr()
    {
        await using var before = portal.CreateDb();
        var version = await before.Accounts.Where(a => a.ExternalId == "acct-003").Select(a => a.Version).SingleAsync();

        await portal.CreatePortalClient().PostAsync("/v1/group",
            """{"anonymousId":"device-9","groupId":"acct-003","messageId":"group-2","traits":{"name":"Renamed S.p.A.","plan":"enterprise","arr":250000}}""");

        await using var db = portal.CreateDb();
        var account = await db.Accounts.SingleAsync(a => a.ExternalId == "acct-003");
        Assert.Equal(("Renamed S.p.A.", "enterprise", 250000m, version + 1), (account.Name, account.Plan, account.Arr, account.Version));
    }

    [Fact]
    public async Task UsageCompletesAMilestoneSetToCompleteItself()
    {
        int milestoneId;
        await using (var db = portal.CreateDb())
        {
            var alerts = await db.KeyFeatures.SingleAsync(f => f.Key == "alerts");
            var milestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 2 && m.Status != MilestoneStatus.Done).OrderBy(m => m.Id).FirstAsync();
            milestone.AutoCompleteFeatureId = alerts.Id;
            milestone.AutoCompleteUserCount = 3 + await db.UserFeatureDays.Where(r => r.AccountId == 2 && r.FeatureId == alerts.Id).Select(r => r.UserKey).Distinct().CountAsync();
            await db.SaveChangesAsync();
            milestoneId = milestone.Id;
        }

        var client = portal.CreatePortalClient();
        for (var person = 1; person <= 3; person++)
        {
            await client.PostAsync("/v1/track", $$$"""{"userId":"alert-person-{{{person}}}","event":"Alert Created","messageId":"milestone-{{{person}}}","context":{"groupId":"acct-002"}}""");
            await portal.FlushRollupsAsync();
            await using var db = portal.CreateDb();
            var status = await db.Milestones.Where(m => m.Id == milestoneId).Select(m => m.Status).SingleAsync();
            Assert.Equal(person == 3, status == MilestoneStatus.Done);
        }
    }
}
