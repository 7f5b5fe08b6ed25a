using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Team;

public sealed class TheTeamPage(MailPortalFactory portal) : IClassFixture<MailPortalFactory>
{
    [Fact]
    public async Task IsForbiddenToCustomerUsers()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        foreach (var path in new[] { "/team", "/team/contacts/1" })
        {
            var response = await ben.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await ben.GetAsync(response.Headers.Location)).StatusCode);
        }
    }

    [Fact]
    public async Task ListsTheAccountsContactsWithRoleAndStatus()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var html = await anna.GetStringAsync("/team");

        Assert.Matches(@"data-email=""claire@northwind.example"">[\s\S]*?<td>Executive sponsor</td>\s*<td>–</td>[\s\S]*?No sign-in", html);
        Assert.Matches(@"data-email=""ben@northwind.example"">[\s\S]*?<td>User</td>\s*<td>User</td>[\s\S]*?Active", html);
        Assert.Matches(@"data-email=""anna@northwind.example"">[\s\S]*?<td>Champion</td>\s*<td>Admin</td>", html);
        Assert.DoesNotContain("aurora.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNotFoundForAnotherAccountsContact()
    {
        await using var db = portal.CreateDb();
        var auroraContact = await db.Contacts.Where(c => c.AccountId == 2).Select(c => c.Id).FirstAsync();
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var own = await db.Contacts.Where(c => c.AccountId == 1).Select(c => c.Id).FirstAsync();

        Assert.Equal(HttpStatusCode.OK, (await anna.GetAsync($"/team/contacts/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/team/contacts/{auroraContact}")).StatusCode);
        var post = await anna.PostFormAsync($"/team/contacts/{own}", new() { ["Input.Role"] = "User", ["Input.Left"] = "true", ["Input.Version"] = "0" }, $"/team/contacts/{auroraContact}");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == auroraContact)).LeftAt);

        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var auroraInvitation = new Invitation
        {
            AccountId = 2, Email = "new@aurora.example", Name = "New", TokenHash = new byte[32], InvitedByUserId = "x",
            CreatedAt = now, ExpiresAt = now.AddDays(7),
        };
        db.Invitations.Add(auroraInvitation);
        await db.SaveChangesAsync();
        var cancel = await anna.PostFormAsync("/team", [], $"/team?handler=Cancel&id={auroraInvitation.Id}");
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(now.AddDays(7), (await db.Invitations.AsNoTracking().SingleAsync(i => i.Id == auroraInvitation.Id)).ExpiresAt);
    }

    [Fact]
    public async Task MarkingTheChampionAsGoneRaisesExactlyOneCompanyRisk()
    {
        await using var db = portal.CreateDb();
        var eva = await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == "eva@northwind.example");
        var risksBefore = await db.Risks.CountAsync(r => r.AccountId == 1 && r.Category == RiskCategory.Company);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var page = $"/team/contacts/{eva.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostFormAsync(page, Fields("Champion", left: false, eva.Version))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostFormAsync(page, Fields("Champion", left: true, eva.Version + 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostFormAsync(page, Fields("Champion", left: true, eva.Version + 2))).StatusCode);

        var risks = await db.Risks.AsNoTracking().Where(r => r.AccountId == 1 && r.Category == RiskCategory.Company).ToListAsync();
        Assert.Equal(risksBefore + 1, risks.Count);
        Assert.Single(risks, r => r.Title == "Champion Eva Lind has left" && r.ResolvedAt is null);
        Assert.NotNull((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == eva.Id)).LeftAt);
        Assert.Contains("Left on", await anna.GetStringAsync("/team"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAStaleEditAndChangesNothing()
    {
        await using var db = portal.CreateDb();
        var dev = await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == "dev@northwind.example");
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.PostFormAsync($"/team/contacts/{dev.Id}", Fields("ExecutiveSponsor", left: false, dev.Version + 7));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this person", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ContactRole.Admin, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == dev.Id)).Role);
    }

    [Fact]
    public async Task RefusesABadInvitationAndChangesNothing()
    {
        await using var db = portal.CreateDb();
        var invitations = await db.Invitations.CountAsync();
        var outbox = await db.EmailOutbox.CountAsync();
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.PostFormAsync("/team", new() { ["Input.Name"] = "", ["Input.Email"] = "not-an-address", ["Input.Locale"] = "en" }, "/team?handler=Invite");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the person&#x27;s name.", html, StringComparison.Ordinal);
        Assert.Contains("Enter an email address like name@example.com.", html, StringComparison.Ordinal);
        Assert.Equal(invitations, await db.Invitations.CountAsync());
        Assert.Equal(outbox, await db.EmailOutbox.CountAsync());
    }

    [Fact]
    public async Task RefusesToInviteSomeoneWhoAlreadySignsIn()
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var response = await anna.PostFormAsync("/team", new() { ["Input.Name"] = "Ben", ["Input.Email"] = "ben@northwind.example", ["Input.Locale"] = "en" }, "/team?handler=Invite");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This person already has a sign-in to the portal.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string role, bool left, int version) => new()
    {
        ["Input.Role"] = role, ["Input.PortalRole"] = "CustomerUser", ["Input.Left"] = left ? "true" : "false",
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
