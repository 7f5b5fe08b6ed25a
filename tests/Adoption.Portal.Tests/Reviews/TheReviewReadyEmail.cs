using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.EmailPrograms;
using Adoption.Portal.Pages.Customer.Review;
using Adoption.Portal.Reviews;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.Reviews;

/// <summary>"Your business review is ready": the link to a published review, once per quarter's review, in each person's language.</summary>
public sealed class TheReviewReadyEmail
{
    [Fact]
    public async Task MailsTheAccountsPeopleTheLinkOnceAfterPublishing()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        Assert.Equal(0, (await RunAsync(portal, "review-ready", anna.AccountId)).Considered);

        var period = await PublishAsync(portal, anna.AccountId);
        var first = await RunAsync(portal, "review-ready", anna.AccountId);
        await PublishAsync(portal, anna.AccountId);
        var again = await RunAsync(portal, "review-ready", anna.AccountId);

        Assert.Equal(await ActiveContactsAsync(portal, anna.AccountId), first.Queued);
        Assert.Equal(0, again.Queued);
        Assert.Equal(first.Queued, again.SkippedFor(SkipReason.AlreadySent));
        var message = await portal.Mailbox.WaitForMessageToAsync("anna@northwind.example");
        Assert.Equal($"Your business review for Q{period.Quarter} {period.Year} is ready", message.Subject);
        Assert.Contains($"/review?period={period.Key}", message.TextBody, StringComparison.Ordinal);
        var eva = await portal.Mailbox.WaitForMessageToAsync("eva@northwind.example");
        Assert.Equal($"Liiketoimintakatsauksenne Q{period.Quarter} {period.Year} on valmis", eva.Subject);
        await using var db = portal.CreateDb();
        Assert.True(await db.EmailOutbox.AllAsync(m => m.Category != EmailCategory.BusinessReview || m.AccountId == anna.AccountId));
    }

    [Fact]
    public async Task RunsFromTheOperatorsCommand()
    {
        await using var portal = new MailPortalFactory();
        var output = new StringWriter();

        var exit = await ProgramsCommand.RunAsync(portal.Services, ["run", "review-ready", "--dry-run"], output);

        Assert.Equal(0, exit);
        Assert.Contains("review-ready", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<ReviewPeriod> PublishAsync(PortalFactory portal, int accountId)
    {
        await using var db = portal.CreateDb();
        var account = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var period = ReviewPeriod.Default(DateOnly.FromDateTime(now));
        await ReviewSnapshots.PublishAsync(db, account, period, now, "Maria Santos");
        return period;
    }
}
