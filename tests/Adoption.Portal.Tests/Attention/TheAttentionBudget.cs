using Adoption.Portal.Attention;
using Adoption.Portal.Data;
using Adoption.Portal.Domain.Attention;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Attention;

public sealed class TheAttentionBudget(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CountsAnEmailedSurveyAgainstAPromptInTheProductForTheSamePerson()
    {
        var (accountId, contactId) = await AContactAsync("anna@northwind.example");
        var byEmail = new AttentionSubject(accountId, contactId, null);
        var inProduct = new AttentionSubject(accountId, contactId, "u-anna-budget");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var budget = scope.ServiceProvider.GetRequiredService<AttentionBudget>();
            budget.Record(new AttentionRequest(byEmail, AttentionKind.Survey, AttentionClass.Email), "survey:7");
            await scope.ServiceProvider.GetRequiredService<AdoptionDb>().SaveChangesAsync();
        }

        portal.Clock.Advance(TimeSpan.FromDays(8));
        await using var check = portal.Services.CreateAsyncScope();
        var verdict = await check.ServiceProvider.GetRequiredService<AttentionBudget>()
            .CheckAsync(new AttentionRequest(inProduct, AttentionKind.Survey, AttentionClass.Interrupting, Source: "survey:8"));

        Assert.Equal(AttentionReason.SurveyWait, verdict.Reason);
        Assert.False(verdict.Allowed);
    }

    [Fact]
    public async Task ReadsOnlyThePersonsOwnTouchesAndTheAccountsPromptsOfTheDay()
    {
        var (accountId, contactId) = await AContactAsync("ben@northwind.example");
        var (otherAccountId, otherContactId) = await AContactAsync("aino@aurora.example");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var budget = scope.ServiceProvider.GetRequiredService<AttentionBudget>();
            budget.Record(new AttentionRequest(new(accountId, contactId, null), AttentionKind.Email, AttentionClass.Email), "email:weekly-digest");
            budget.Record(new AttentionRequest(new(accountId, null, "u-colleague"), AttentionKind.Nudge, AttentionClass.Ambient), "nudge:1");
            budget.Record(new AttentionRequest(new(accountId, null, "u-colleague"), AttentionKind.Nudge, AttentionClass.Interrupting), "nudge:2");
            budget.Record(new AttentionRequest(new(otherAccountId, otherContactId, null), AttentionKind.Email, AttentionClass.Email), "email:renewal");
            await scope.ServiceProvider.GetRequiredService<AdoptionDb>().SaveChangesAsync();
        }

        await using var read = portal.Services.CreateAsyncScope();
        var recent = await read.ServiceProvider.GetRequiredService<AttentionBudget>().LoadRecentAsync(new(accountId, contactId, "u-ben-budget"));

        Assert.Equal(["email:weekly-digest", "nudge:2"], recent.Select(t => t.Source).Order());
    }

    private async Task<(int AccountId, int ContactId)> AContactAsync(string email)
    {
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.SingleAsync(c => c.Email == email);
        return (contact.AccountId, contact.Id);
    }
}
