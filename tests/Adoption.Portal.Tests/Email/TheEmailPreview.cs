using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Email;

/// <summary>The CS operations preview: any program for any real contact, and "send me a test".</summary>
public sealed class TheEmailPreview(MailPortalFactory portal) : IClassFixture<MailPortalFactory>
{
    private const string Preview = "/csm/email?program=weekly-digest&contact=aino%40aurora.example";

    [Fact]
    public async Task ShowsTheProgramsMessageForARealContactInTheirLanguage()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await csm.GetAsync(Preview);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = HtmlForms.Parse(page);
        Assert.Equal("Viikkosi Adoptionissa: Aurora Terveys Oy", document.QuerySelector("[data-testid=preview] h2")!.TextContent);
        Assert.StartsWith("Hei Aino Virtanen,", document.QuerySelector("[data-testid=preview-text]")!.TextContent, StringComparison.Ordinal);
        // The frame shows the sent HTML with its styles moved into one <style> carrying the page's CSP nonce.
        var frame = HtmlForms.Parse(document.QuerySelector("iframe")!.GetAttribute("srcdoc")!);
        var nonce = frame.QuerySelector("style")!.GetAttribute("nonce");
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"'nonce-{nonce}'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Empty(frame.QuerySelectorAll("[style]"));
        Assert.NotEmpty(frame.QuerySelectorAll("[data-preview]"));
        await using var db = portal.CreateDb();
        Assert.False(await db.ProgramSends.AnyAsync(s => s.Program == "weekly-digest" && s.AccountId == db.Contacts.Single(c => c.Email == "aino@aurora.example").AccountId));
    }

    [Fact]
    public async Task SendsTheTestToTheSignedInPersonOnly()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var sent = await csm.PostFormAsync(Preview, new() { ["Program"] = "weekly-digest", ["Contact"] = "aino@aurora.example" }, "/csm/email?handler=Test");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var message = await portal.Mailbox.WaitForMessageToAsync(DemoSignIns.Csm.Email);
        Assert.Equal("[Test] Viikkosi Adoptionissa: Aurora Terveys Oy", message.Subject);
        Assert.DoesNotContain(portal.Mailbox.Messages(), m => m.To.Mailboxes.Any(b => b.Address == "aino@aurora.example"));
        // Its unsubscribe link cannot unsubscribe the real contact.
        Assert.DoesNotContain("/unsubscribe/CfDJ", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownContactIsAFieldMessage()
    {
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var page = await csm.GetStringAsync("/csm/email?program=weekly-digest&contact=nobody%40nowhere.example");

        Assert.Contains("No contact has this email address.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"preview\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsForCsOperationsOnly()
    {
        var customer = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await customer.GetAsync(Preview);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
