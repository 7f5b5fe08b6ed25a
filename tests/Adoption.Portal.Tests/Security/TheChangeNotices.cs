using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Security;

/// <summary>A person is told by email, in their language, when their password or email address changes (ASVS 5.0 V6.3.7).</summary>
public sealed class TheChangeNotices(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TellThePersonWhenThePasswordChanges()
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var giulia = (await users.FindByEmailAsync(DemoSignIns.ItalianCustomer.Email))!;

        Assert.True((await users.ChangePasswordAsync(giulia, DemoSignIns.Password, "tre parole lunghe qui")).Succeeded);

        await using var db = portal.CreateDb();
        var notice = await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.To == DemoSignIns.ItalianCustomer.Email && m.Subject == "La tua password di Adoption è stata cambiata");
        Assert.Contains("Giulia Bianchi", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("tre parole", notice.TextBody + notice.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TellTheOldAddressWhenTheEmailChanges()
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var aino = (await users.FindByEmailAsync(DemoSignIns.OtherCustomer.Email))!;

        Assert.True((await users.SetEmailAsync(aino, "aino.new@aurora.example")).Succeeded);

        await using var db = portal.CreateDb();
        var notice = await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.To == DemoSignIns.OtherCustomer.Email);
        Assert.Equal("Adoption-tunnuksesi sähköpostiosoite vaihdettiin", notice.Subject);
        Assert.Contains("aino.new@aurora.example", notice.TextBody, StringComparison.Ordinal);
        Assert.False(await db.EmailOutbox.AnyAsync(m => m.To == "aino.new@aurora.example"));
    }
}
