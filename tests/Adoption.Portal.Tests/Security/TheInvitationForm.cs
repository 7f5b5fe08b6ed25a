using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Security;

/// <summary>Inviting an address answers the same whether it signs in at another company, on the vendor's staff, or nowhere.</summary>
public sealed class TheInvitationForm(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("aino@aurora.example")]
    [InlineData("maria.csm@adoption.example")]
    [InlineData("brand.new.person@northwind.example")]
    public async Task DoesNotRevealSignInsElsewhere(string email)
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.PostFormAsync("/team", new() { ["Input.Name"] = "Someone", ["Input.Email"] = email, ["Input.Locale"] = "en" }, "/team?handler=Invite");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Invitation sent to {email}.", await anna.GetStringAsync("/team"), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.True(await db.Invitations.AnyAsync(i => i.Email == email && i.AccountId == 1));
    }
}
