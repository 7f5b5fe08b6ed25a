using System.Net;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Ingestion;

public sealed class TheTrackingApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StoresATrackCallAndAnswersLikeSegment()
    {
        var client = portal.CreatePortalClient();

        var response = await client.PostAsync("/v1/track",
            """{"userId":"user-001-01","event":"Report Scheduled","messageId":"api-1","context":{"groupId":"acct-001"},"properties":{"cadence":"weekly"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
        await using var db = portal.CreateDb();
        var stored = await db.TrackedEvents.SingleAsync(e => e.MessageId == "api-1");
        Assert.Equal(("track", "Report Scheduled", "user-001-01", 1), (stored.Type, stored.Event, stored.UserId, stored.AccountId));
        var feature = await db.KeyFeatures.SingleAsync(f => f.Key == "reports");
        Assert.Equal(feature.Id, stored.FeatureId);
        Assert.Equal("""{"properties":{"cadence":"weekly"},"context":{"groupId":"acct-001"}}""", stored.Payload);
    }
}
