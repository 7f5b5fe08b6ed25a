using System.Text.RegularExpressions;
using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Journeys;

public sealed partial class InvitingAColleague(MailingBrowserPortal portal) : IClassFixture<MailingBrowserPortal>
{
    [Fact]
    public async Task AnAdminInvitesAColleagueWhoSignsInFromTheEmailLink()
    {
        var anna = await portal.NewPageAsync();
        await new SignInPage(anna).SignInAsync(DemoSignIns.CustomerAdmin.Email, DemoSignIns.Password);
        var team = new TeamPage(anna);
        await team.OpenAsync();
        await team.InviteAsync("Kim Novak", "kim@northwind.example");
        Assert.Equal("Invitation sent to kim@northwind.example.", await team.Status.InnerTextAsync());

        // The link comes from the email as the real SMTP server received it.
        var email = await portal.Smtp.WaitForMessageToAsync("kim@northwind.example");
        Assert.Equal("Anna Berg invited you to Northwind Logistics on Adoption", email.Subject);
        var link = Link().Match(email.TextBody!).Value;

        var kim = await portal.NewPageAsync();
        await kim.GotoAsync(link);
        await new InvitationPage(kim).AcceptAsync("Northwind-2026");

        Assert.EndsWith("/overview", kim.Url, StringComparison.Ordinal);
        Assert.Equal("Kim Novak", await kim.Locator(".who").InnerTextAsync());
        Assert.Equal("Northwind Logistics", await kim.GetByTestId("account-name").InnerTextAsync());

        await team.OpenAsync();
        await Assertions.Expect(anna.Locator("tr[data-email='kim@northwind.example']")).ToContainTextAsync("Active");
    }

    [GeneratedRegex(@"https?://\S+/invitations/[A-Za-z0-9_-]+")]
    private static partial Regex Link();
}
