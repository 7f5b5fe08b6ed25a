using Adoption.Portal.Domain.Accounts;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>The training suggestion: the module of a key feature the account has not used, once, at most weekly.</summary>
public sealed class TheTrainingSuggestion
{
    [Fact]
    public async Task SuggestsTheModuleOfAnUnusedFeatureOnceAWeek()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        Adoption.Portal.Domain.Adoption.KeyFeature unused;
        await using (var db = portal.CreateDb())
        {
            var since = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime).AddDays(-30);
            var usedIds = await db.AccountFeatureDays.Where(d => d.AccountId == anna.AccountId && d.Day >= since).Select(d => d.FeatureId).Distinct().ToListAsync();
            var taught = await db.TrainingModules.Where(m => m.KeyFeatureId != null).Select(m => m.KeyFeatureId!.Value).ToListAsync();
            unused = (await db.KeyFeatures.Where(k => !usedIds.Contains(k.Id) && taught.Contains(k.Id)).OrderBy(k => k.Order).ThenBy(k => k.Id).FirstAsync());
        }

        var first = await RunAsync(portal, "training", anna.AccountId);
        var again = await RunAsync(portal, "training", anna.AccountId);

        Assert.Equal(await ActiveContactsAsync(portal, anna.AccountId), first.Queued);
        Assert.Equal(0, again.Queued);
        var message = await portal.Mailbox.WaitForMessageToAsync("anna@northwind.example");
        Assert.StartsWith($"Get more from {unused.Name}: a ", message.Subject, StringComparison.Ordinal);
        // A Finnish reader gets the feature and the module by their Finnish names.
        var finnish = await portal.Mailbox.WaitForMessageToAsync("eva@northwind.example");
        Assert.Contains(unused.Texts["fi"].Title, finnish.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(unused.Name, finnish.Subject, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        await using var check = portal.CreateDb();
        Assert.All(await check.EmailOutbox.Where(m => m.AccountId == anna.AccountId && m.Category == EmailCategory.Training).ToListAsync(),
            m => Assert.DoesNotContain("{{", m.TextBody + m.HtmlBody, StringComparison.Ordinal));
    }
}
