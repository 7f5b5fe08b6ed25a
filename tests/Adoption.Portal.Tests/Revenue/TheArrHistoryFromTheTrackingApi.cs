using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Revenue;

/// <summary>The tracking API's group traits change ARR without knowing about revenue: the history still keeps it.</summary>
public sealed class TheArrHistoryFromTheTrackingApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task KeepsAGroupCallsNewArrAsAnIntegrationRowDatedToday()
    {
        await portal.CreatePortalClient().PostAsync("/v1/group",
            """{"anonymousId":"device-7","groupId":"acct-003","messageId":"revenue-group-1","traits":{"arr":61000}}""");

        await using var db = portal.CreateDb();
        var rows = await db.ArrChanges.Where(c => c.AccountId == 3).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal((61_000m, ArrSource.Integration, DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime)),
            (rows[^1].Arr, rows[^1].Source, rows[^1].EffectiveOn));
        Assert.Equal(ArrSource.Opening, rows[0].Source);
    }

    [Fact]
    public async Task OpensTheHistoryOfAnAccountAGroupCallCreates()
    {
        await portal.CreatePortalClient().PostAsync("/v1/group",
            """{"userId":"founder-9","groupId":"acct-revenue-new","messageId":"revenue-group-2","traits":{"name":"Uusi Oy","arr":"4800"}}""");

        await using var db = portal.CreateDb();
        var id = await db.Accounts.Where(a => a.ExternalId == "acct-revenue-new").Select(a => a.Id).SingleAsync();
        var row = await db.ArrChanges.SingleAsync(c => c.AccountId == id);
        Assert.Equal((4_800m, ArrSource.Opening), (row.Arr, row.Source));
    }
}
