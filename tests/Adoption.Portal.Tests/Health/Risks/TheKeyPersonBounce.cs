using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Health.Risks;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Adoption.Portal.Tests.Email.TheOutbox;

namespace Adoption.Portal.Tests.Health.Risks;

/// <summary>
/// A champion's mailbox that no longer exists (a real SMTP server answering 5.1.1) raises a company
/// risk through the rules; the CSM correcting the address clears it, and the risk closes by itself.
/// </summary>
public sealed class TheKeyPersonBounce
{
    private const string Bouncing = "nobody.giulia@saporitoscani.example";

    [Fact]
    public async Task RaisesACompanyRiskWhenTheChampionsEmailBouncesAndClosesItOnceTheCsmFixesTheAddress()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        int giulia, account;
        await using (var db = portal.CreateDb())
        {
            var champion = await db.Contacts.SingleAsync(c => c.Email == "giulia@saporitoscani.example");
            Assert.Equal(ContactRole.Champion, champion.Role);
            champion.Email = Bouncing;
            await db.SaveChangesAsync();
            (giulia, account) = (champion.Id, champion.AccountId);
        }

        await RunAsync(portal, account, today);
        Assert.Null(await OpenBounceRiskAsync(portal, account));

        await WaitForAsync(portal, await QueueAsync(portal, Bouncing), m => m.FailedAt is not null);
        await RunAsync(portal, account, today);

        var risk = await OpenBounceRiskAsync(portal, account);
        Assert.NotNull(risk);
        Assert.Equal((RiskCategory.Company, "Email to 1 champions or sponsors bounces"), (risk.Category, risk.Title));

        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await maria.FollowAsync(await maria.SubmitAsync($"/csm/contacts/{giulia}", null, new() { ["Input.Email"] = "giulia.bianchi@saporitoscani.example" }));
        var (_, closed) = await RunAsync(portal, account, today);

        Assert.Equal(1, closed);
        await using (var db = portal.CreateDb())
        {
            Assert.Null((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == giulia)).EmailBouncedAt);
            var after = await db.Risks.AsNoTracking().Include(r => r.History).SingleAsync(r => r.Id == risk.Id);
            var note = $"Closed by itself on {today:yyyy-MM-dd}: the condition cleared.";
            Assert.Equal(RiskStatus.Closed, after.Status);
            Assert.EndsWith(note, after.Detail, StringComparison.Ordinal);
            Assert.Equal([RiskEventKind.Raised, RiskEventKind.ClosedByRule], after.History.OrderBy(e => e.Id).Select(e => e.Kind));
            Assert.Equal(note, after.History.Single(e => e.Kind == RiskEventKind.ClosedByRule).Text);
        }

        // The next run does not raise it again: the new address has not bounced.
        Assert.Equal((0, 0), await RunAsync(portal, account, today));
    }

    private static async Task<Risk?> OpenBounceRiskAsync(PortalFactory portal, int account)
    {
        await using var db = portal.CreateDb();
        return await db.Risks.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == account && r.Rule == RiskRules.KeyPersonBounced && r.ResolvedAt == null);
    }

    private static async Task<(int Opened, int Closed)> RunAsync(PortalFactory portal, int account, DateOnly today)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RiskSignals>().RunAsync([account], today, new RiskThresholds());
    }
}
