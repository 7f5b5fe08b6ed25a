using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>
/// A vendor installs the portal on an empty database (no demo) and gets its CS team and first
/// customer going with nothing but the product: command, emails, pages.
/// </summary>
public sealed partial class TheFirstWeek(FreshPortalFactory portal) : IClassFixture<FreshPortalFactory>
{
    [Fact]
    public async Task WalksFromAnEmptyDatabaseToACustomerOnTheirOverview()
    {
        // The operator creates the first CS operations admin and opens the printed link.
        var (code, output) = await portal.CreateAdminAsync("olga@vendor.example");
        Assert.Equal(0, code);
        var setPassword = new Uri(TheCreateAdminCommand.Link().Match(output).Value).AbsolutePath;
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().PostFormAsync(setPassword, TheCreateAdminCommand.Password("Olga-ops-2026"))).StatusCode);
        var olga = await portal.SignInAsync("olga@vendor.example", "Olga-ops-2026");

        // She invites a CSM, who chooses a password from the emailed link.
        await olga.SubmitAsync("/csm/staff", "Invite", new() { ["Input.Name"] = "Pedro Alves", ["Input.Email"] = "pedro@vendor.example" });
        var pedroLink = new Uri(TheCreateAdminCommand.Link().Match(await MailToAsync("pedro@vendor.example")).Value).AbsolutePath;
        Assert.Equal(HttpStatusCode.Redirect, (await portal.CreatePortalClient().PostFormAsync(pedroLink, TheCreateAdminCommand.Password("Pedro-csm-2026"))).StatusCode);
        var pedro = await portal.SignInAsync("pedro@vendor.example", "Pedro-csm-2026");

        // The CSM imports the accounts from the CRM's CSV export, through the preview.
        const string csv = "name,externalId,segment,arr,currency,licensedSeats,renewalDate,stage,csmEmail,language,timeZone\n" +
            "Quay Logistics,crm-quay,midMarket,36000,EUR,50,2027-06-30,onboarding,pedro@vendor.example,en,Europe/Lisbon\n" +
            "Rowan Foods,crm-rowan,smb,6000,EUR,12,2027-02-28,onboarding,,it,Europe/Rome\n";
        var preview = await PreviewAsync(pedro, csv);
        Assert.Contains("2 lines: 2 to create, 0 to update.", preview, StringComparison.Ordinal);
        var form = HtmlForms.Form(preview, "/csm/import", "Import");
        using (var content = new FormUrlEncodedContent(form.Fields))
        {
            Assert.Contains("Imported 2 lines: 2 created, 0 updated.", await pedro.FollowAsync(await pedro.PostAsync(form.Action, content)), StringComparison.Ordinal);
        }

        await using var db = portal.CreateDb();
        var quay = await db.Accounts.AsNoTracking().SingleAsync(a => a.ExternalId == "crm-quay");
        Assert.Contains("Quay Logistics", await pedro.GetStringAsync("/csm"), StringComparison.Ordinal);

        // He adds the customer's first admin and invites them.
        var people = $"/csm/accounts/{quay.Id}/people";
        await pedro.SubmitAsync(people, "Add", new() { ["Input.Name"] = "Sara Nunes", ["Input.Email"] = "sara@quay.example", ["Input.Role"] = "Admin" });
        var sara = await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == "sara@quay.example");
        var invited = await pedro.PostFormAsync(people, new() { ["contactId"] = sara.Id.ToString(CultureInfo.InvariantCulture), ["asAdmin"] = "true" }, people + "?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        // The contact accepts and lands on their account's overview.
        var invitation = new Uri(InvitationLink().Match(await MailToAsync("sara@quay.example")).Value).AbsolutePath;
        var browser = portal.CreatePortalClient();
        var accepted = await browser.PostFormAsync(invitation, new() { ["Input.Name"] = "Sara Nunes", ["Input.Password"] = "Sara-quay-2026", ["Input.ConfirmPassword"] = "Sara-quay-2026" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var overview = await browser.GetAsync("/overview");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        var html = await overview.Content.ReadAsStringAsync();
        Assert.Contains("Quay Logistics", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rowan Foods", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/team")).StatusCode);
    }

    private async Task<string> MailToAsync(string email)
    {
        await using var db = portal.CreateDb();
        return (await db.EmailOutbox.AsNoTracking().Where(m => m.To == email).OrderByDescending(m => m.Id).FirstAsync()).TextBody;
    }

    private static async Task<string> PreviewAsync(HttpClient client, string csv)
    {
        var page = await client.GetStringAsync("/csm/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent("Accounts"), "Kind" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "accounts.csv");
        return await (await client.PostAsync("/csm/import?handler=Preview", content)).Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"https?://\S+/invitations/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
