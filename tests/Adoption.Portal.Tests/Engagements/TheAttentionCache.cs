using Adoption.Portal.Attention;
using Adoption.Portal.Data;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Engagements;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>
/// The decide API keeps each person's recent touches between decisions; a touch saved through this
/// portal counts on the very next decision, and one saved by another instance within the cache's lifetime.
/// </summary>
public sealed class TheAttentionCache(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CountsAPromptSeenThroughThisPortalOnTheNextDecision()
    {
        var first = await portal.AddEngagementAsync(e => e.Kind = EngagementKind.Modal);
        var second = await portal.AddEngagementAsync(e => e.Kind = EngagementKind.Modal);
        // Read and kept: nothing has taken this person's attention yet, so the second modal may show.
        Assert.Single(await portal.EngagementsForAsync("user-004-01", second.Placement));
        Assert.Single(await portal.EngagementsForAsync("user-004-01", second.Placement));
        var token = (await portal.EngagementsForAsync("user-004-01", first.Placement))[0]!["token"]!.GetValue<string>();

        await portal.OutcomeAsync(token, "user-004-01", "seen");

        // One interrupting prompt a day: the first modal was seen, so the second waits.
        Assert.Empty(await portal.EngagementsForAsync("user-004-01", second.Placement));
    }

    [Fact]
    public async Task CountsATouchSavedByAnotherInstanceOnceItsLifetimeHasPassed()
    {
        var modal = await portal.AddEngagementAsync(e => e.Kind = EngagementKind.Modal);
        Assert.Single(await portal.EngagementsForAsync("user-005-01", modal.Placement));
        Assert.Single(await portal.EngagementsForAsync("user-005-01", modal.Placement));
        // As another instance on the same database would: a context of its own, so no save of this portal sees it.
        var options = new DbContextOptionsBuilder<SqliteAdoptionDb>().UseSqlite($"Data Source={portal.DatabasePath}").Options;
        await using (var elsewhere = new SqliteAdoptionDb(options))
        {
            var contact = await elsewhere.Contacts.Where(c => c.ExternalId == "user-005-01").Select(c => new { c.Id, c.AccountId }).SingleAsync();
            elsewhere.AttentionTouches.Add(new AttentionTouch
            {
                AccountId = contact.AccountId, ContactId = contact.Id, UserId = "user-005-01", Kind = AttentionKind.Nudge,
                Class = AttentionClass.Interrupting, Source = "nudge:elsewhere", At = portal.Clock.GetUtcNow().UtcDateTime,
            });
            await elsewhere.SaveChangesAsync();
        }

        Assert.Single(await portal.EngagementsForAsync("user-005-01", modal.Placement));
        portal.Clock.Advance(AttentionTouchCache.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Empty(await portal.EngagementsForAsync("user-005-01", modal.Placement));
    }
}
