using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Health;
using Adoption.Portal.Outcomes;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Stories;

/// <summary>Each demo account tells one believable story, and its health, plan, value and adoption agree with it.</summary>
public sealed class TheDemoStory(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("Northwind Logistics", HealthColor.Green)]   // expanding: a second region being sized
    [InlineData("Contoso Retail", HealthColor.Green)]        // advocate: a promoter sponsor, a reference
    [InlineData("Fabrikam Manufacturing", HealthColor.Red)]  // at risk: champion gone, detractor, urgent tickets
    public async Task GivesEachAccountTheHealthColourOfItsStory(string name, HealthColor expected)
    {
        await using var db = portal.CreateDb();
        var id = await db.Accounts.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();

        var health = await new HealthScorer(db).ScoreAsync(id, Today());

        Assert.Equal(expected, health.Color);
    }

    [Fact]
    public async Task GivesTheAccountAtRiskADetractorAndUrgentTickets()
    {
        await using var db = portal.CreateDb();
        var fabrikam = await db.Accounts.SingleAsync(a => a.Name == "Fabrikam Manufacturing");

        Assert.True(await db.NpsResponses.AnyAsync(n => n.AccountId == fabrikam.Id && n.Score <= 6 && n.RespondedAt > portal.Clock.GetUtcNow().UtcDateTime.AddDays(-30)));
        Assert.True(await db.SupportTickets.CountAsync(t => t.AccountId == fabrikam.Id && t.Priority == TicketPriority.Urgent && t.ClosedAt == null) >= 2);
    }

    [Fact]
    public async Task HasAnAccountOnboardingOneRenewingIn45DaysAndAnAdvocate()
    {
        await using var db = portal.CreateDb();
        var accounts = await db.Accounts.AsNoTracking().ToListAsync();

        Assert.Contains(accounts, a => a.Stage == LifecycleStage.Onboarding && a.CreatedAt > portal.Clock.GetUtcNow().UtcDateTime.AddDays(-60));
        Assert.Contains(accounts, a => a.Name == "Sapori Toscani S.p.A." && a.RenewalDate == Today().AddDays(45));
        Assert.Contains(accounts, a => a.Stage == LifecycleStage.Advocacy);
    }

    [Fact]
    public async Task UsesTheProductInProportionToLicensedSeats()
    {
        await using var db = portal.CreateDb();
        foreach (var account in await db.Accounts.AsNoTracking().Where(a => a.LicensedSeats >= 40 && a.Name != "Fabrikam Manufacturing").ToListAsync())
        {
            var live = await LiveFigures.ReadAsync(db, account.Id, Today());
            // Somewhere between a struggling tenth and every seat: never 5 people on 350 seats
            // (Fabrikam, the account at risk, went quiet a month ago on purpose).
            Assert.InRange(live.SeatsUsed, account.LicensedSeats / 10, account.LicensedSeats + 10);
        }
    }

    [Fact]
    public async Task DatesNothingYearsOverdue()
    {
        await using var db = portal.CreateDb();
        var oldest = await db.Milestones.Where(m => m.Status != MilestoneStatus.Done && m.DueDate != null).MinAsync(m => m.DueDate);

        Assert.True(oldest >= Today().AddDays(-120), $"A milestone is overdue since {oldest}.");
    }

    [Fact]
    public async Task AuthorsTheFinnishItalianAndChineseAccountsPlansInTheirLanguage()
    {
        await using var db = portal.CreateDb();
        var aurora = await db.Plans.SingleAsync(p => p.AccountId == 2);
        var chinese = await (await portal.SignInAsync(DemoSignIns.ChineseCustomer.Email)).GetStringAsync("/plan");
        var finnish = await (await portal.SignInAsync(DemoSignIns.OtherCustomer.Email)).GetStringAsync("/plan");

        Assert.Contains("连接 ERP", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("Connect the ERP", chinese, StringComparison.Ordinal);
        Assert.Equal("Aurora Terveys Oy: Toiminnan näkyvyys", aurora.Texts["fi"].Title);
        Assert.Contains("Aurora Terveys Oy: Toiminnan näkyvyys", finnish, StringComparison.Ordinal);
        Assert.DoesNotContain("Operational visibility", finnish, StringComparison.Ordinal);
    }

    private DateOnly Today() => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
}
