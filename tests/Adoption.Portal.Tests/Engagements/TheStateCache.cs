using Adoption.Portal.Engagements;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Engagements;

public sealed class TheStateCache(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SeesAnOutcomeThroughThisPortalAtOnce()
    {
        var engagement = await portal.AddEngagementAsync();
        var token = (await portal.EngagementsForAsync("user-002-01", engagement.Placement))[0]!["token"]!.GetValue<string>();

        await portal.OutcomeAsync(token, "user-002-01", "dismissed");

        Assert.Empty(await portal.EngagementsForAsync("user-002-01", engagement.Placement));
    }

    [Fact]
    public async Task SeesAStateWrittenByAnotherPortalInstanceWithinItsLifetime()
    {
        var engagement = await portal.AddEngagementAsync();
        // The first decision writes first eligibility (and so forgets the cached state); the second caches it.
        await portal.EngagementsForAsync("user-003-01", engagement.Placement);
        Assert.Single(await portal.EngagementsForAsync("user-003-01", engagement.Placement));
        await using (var db = portal.CreateDb())
        {
            // As another instance on the same database would: no invalidation reaches this one.
            await db.EngagementStates.Where(s => s.EngagementId == engagement.Id && s.UserId == "user-003-01")
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.DismissedAt, portal.Clock.GetUtcNow().UtcDateTime));
        }

        portal.Clock.Advance(UserStateCache.Lifetime + TimeSpan.FromSeconds(1));

        Assert.Empty(await portal.EngagementsForAsync("user-003-01", engagement.Placement));
    }
}
