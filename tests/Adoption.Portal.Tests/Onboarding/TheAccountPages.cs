using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>CSMs create, edit and archive accounts, and add, edit, invite and remove their people.</summary>
public sealed partial class TheAccountPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreatesAnAccountWithEveryFact()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var tom = await db.Users.AsNoTracking().Where(u => u.Email == "tom.csm@adoption.example").Select(u => u.Id).SingleAsync();

        var created = await maria.SubmitAsync("/csm/accounts/new", null, Account("Fjord Freight AS", "crm-fjord", tom));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.ExternalId == "crm-fjord");
        Assert.Equal($"/csm/accounts/{account.Id}/people", created.Headers.Location!.OriginalString);
        Assert.Equal(("Fjord Freight AS", Segment.MidMarket, 48_000.50m, "NOK", 120, new DateOnly(2027, 3, 31)),
            (account.Name, account.Segment, account.Arr, account.Currency, account.LicensedSeats, account.RenewalDate));
        Assert.Equal((LifecycleStage.Adoption, Coverage.Named, tom, "fi", "Europe/Oslo"),
            (account.Stage, account.Coverage, account.CsmUserId, account.Language, account.TimeZone));
    }

    [Fact]
    public async Task ExplainsEachBadFieldAndCreatesNothing()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var before = await db.Accounts.CountAsync();
        var fields = Account("", "crm-bad", null);
        fields["Input.Currency"] = "EURO";
        fields["Input.LicensedSeats"] = "-1";
        fields["Input.TimeZone"] = "Mars/Olympus";
        fields["Input.Language"] = "de";

        var response = await maria.SubmitAsync("/csm/accounts/new", null, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var message in new[] { "Enter the company&#x27;s name.", "Use a three-letter currency code such as EUR.", "Seats must be between 0 and 10,000,000.",
                     "Use a time zone such as Europe/Helsinki.", "Choose one of the portal&#x27;s languages.", "A named-CSM account needs its CSM." })
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await db.Accounts.CountAsync());
    }

    [Fact]
    public async Task RefusesAnExternalIdAnotherAccountHas()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await maria.SubmitAsync("/csm/accounts/new", null, Account("First", "crm-dup", null, Coverage.TechTouch));

        var second = await maria.SubmitAsync("/csm/accounts/new", null, Account("Second", "crm-dup", null, Coverage.TechTouch));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Another account already has this external id.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArchivingTakesTheAccountOutOfThePortfolioAndEndsItsSignInsUntilRestored()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var id = await db.Accounts.Where(a => a.Name == DemoSignIns.ItalianCustomer.Company).Select(a => a.Id).SingleAsync();
        Assert.Contains(DemoSignIns.ItalianCustomer.Company!, await maria.GetStringAsync("/csm?q=Sapori"), StringComparison.Ordinal);

        await maria.SubmitAsync($"/csm/accounts/{id}/details", "Archive");

        Assert.DoesNotContain(DemoSignIns.ItalianCustomer.Company!, await maria.GetStringAsync("/csm?q=Sapori"), StringComparison.Ordinal);
        var refused = await portal.CreatePortalClient().PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.ItalianCustomer.Email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        await maria.SubmitAsync($"/csm/accounts/{id}/details", "Restore");
        await portal.SignInAsync(DemoSignIns.ItalianCustomer.Email);
    }

    [Fact]
    public async Task EditsAnAccountsFacts()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var id = await db.Accounts.Where(a => a.Name == DemoSignIns.ChineseCustomer.Company).Select(a => a.Id).SingleAsync();

        var saved = await maria.SubmitAsync($"/csm/accounts/{id}/details", null, new() { ["Input.LicensedSeats"] = "77", ["Input.TimeZone"] = "Asia/Shanghai" });

        Assert.Contains("Account saved.", await maria.FollowAsync(saved), StringComparison.Ordinal);
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);
        Assert.Equal((77, "Asia/Shanghai"), (account.LicensedSeats, account.TimeZone));
    }

    [Fact]
    public async Task AddsAPersonInvitesThemAsTheFirstAdminAndRemovesThem()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await maria.SubmitAsync("/csm/accounts/new", null, Account("Kestrel Oy", "crm-kestrel", null, Coverage.TechTouch));
        await using var db = portal.CreateDb();
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.ExternalId == "crm-kestrel");
        var people = $"/csm/accounts/{account.Id}/people";

        var added = await maria.SubmitAsync(people, "Add", new()
        {
            ["Input.Name"] = "Eero Lahti", ["Input.Email"] = "eero@kestrel.example", ["Input.Role"] = "Champion",
            ["Input.Locale"] = "fi", ["Input.TimeZone"] = "Europe/Helsinki", ["Input.ExternalId"] = "host-eero",
        });
        Assert.Contains("Added Eero Lahti.", await maria.FollowAsync(added), StringComparison.Ordinal);
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == "eero@kestrel.example");
        Assert.Equal((account.Id, ContactRole.Champion, "fi", "Europe/Helsinki", "host-eero"), (contact.AccountId, contact.Role, contact.Locale, contact.TimeZone, contact.ExternalId!));

        var invited = await maria.PostFormAsync(people, new() { ["contactId"] = contact.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["asAdmin"] = "true" }, people + "?handler=Invite");
        Assert.Contains("Invitation sent to eero@kestrel.example.", await maria.FollowAsync(invited), StringComparison.Ordinal);
        var mail = await db.EmailOutbox.AsNoTracking().Where(m => m.To == "eero@kestrel.example").SingleAsync();
        Assert.Contains("Kestrel Oy", mail.Subject, StringComparison.Ordinal);
        var link = new Uri(InvitationLink().Match(mail.TextBody).Value).AbsolutePath;
        var eero = portal.CreatePortalClient();
        await eero.PostFormAsync(link, new() { ["Input.Name"] = "Eero Lahti", ["Input.Password"] = "Kestrel-2026a", ["Input.ConfirmPassword"] = "Kestrel-2026a" });
        Assert.Equal(HttpStatusCode.OK, (await eero.GetAsync("/team")).StatusCode);

        var removed = await maria.SubmitAsync($"/csm/contacts/{contact.Id}", "Remove");
        Assert.Contains("Removed Eero Lahti from the account.", await maria.FollowAsync(removed), StringComparison.Ordinal);
        Assert.NotNull((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id)).LeftAt);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.ContactId == contact.Id);
        Assert.Equal(DateTimeOffset.MaxValue, user.LockoutEnd);
        Assert.Contains(Roles.CustomerAdmin, await TheCreateAdminCommand.RolesOfAsync(db, user.Id));
    }

    [Fact]
    public async Task EditsAPersonAndTheirSignInFollows()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var ben = await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == DemoSignIns.CustomerUser.Email);

        var saved = await maria.SubmitAsync($"/csm/contacts/{ben.Id}", null, new() { ["Input.Locale"] = "it", ["Input.Role"] = "Admin" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ContactRole.Admin, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == ben.Id)).Role);
        Assert.Equal("it", (await db.Users.AsNoTracking().SingleAsync(u => u.ContactId == ben.Id)).Locale);
    }

    private static Dictionary<string, string?> Account(string name, string externalId, string? csm, Coverage coverage = Coverage.Named) => new()
    {
        ["Input.Name"] = name, ["Input.ExternalId"] = externalId, ["Input.Segment"] = "MidMarket", ["Input.Arr"] = "48000.50",
        ["Input.Currency"] = "nok", ["Input.LicensedSeats"] = "120", ["Input.RenewalDate"] = "2027-03-31", ["Input.Stage"] = "Adoption",
        ["Input.Coverage"] = coverage.ToString(), ["Input.CsmUserId"] = csm ?? "", ["Input.Language"] = "fi", ["Input.TimeZone"] = "Europe/Oslo",
    };

    [GeneratedRegex(@"https?://\S+/invitations/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();
}
