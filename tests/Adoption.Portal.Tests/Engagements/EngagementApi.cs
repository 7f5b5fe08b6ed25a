using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>Talks to /v1/engagements the way a host product's server does.</summary>
internal static class EngagementApi
{
    public static Task<HttpResponseMessage> DecideAsync(this PortalFactory portal, string json, string? key = DemoServerKey.Value) =>
        portal.CreatePortalClient().PostAsync("/v1/engagements/decide", json, writeKey: key);

    public static async Task<JsonArray> EngagementsForAsync(this PortalFactory portal, string userId, string placement, string? groupId = null, string? locale = null)
    {
        var body = new JsonObject { ["userId"] = userId, ["placements"] = new JsonArray(placement), ["groupId"] = groupId, ["locale"] = locale };
        var response = await portal.DecideAsync(body.ToJsonString());
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync())["engagements"]!.AsArray();
    }

    public static Task<HttpResponseMessage> PostOutcomesAsync(this PortalFactory portal, string json, string? key = DemoServerKey.Value) =>
        portal.CreatePortalClient().PostAsync("/v1/engagements/outcomes", json, writeKey: key);

    public static async Task<JsonObject> OutcomeAsync(this PortalFactory portal, string token, string userId, string kind)
    {
        var body = new JsonObject { ["outcomes"] = new JsonArray(new JsonObject { ["token"] = token, ["userId"] = userId, ["kind"] = kind }) };
        var response = await portal.PostOutcomesAsync(body.ToJsonString());
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return await response.JsonAsync();
    }

    /// <summary>A live engagement of its own placement, so tests sharing a portal do not see each other's.</summary>
    public static async Task<Engagement> AddEngagementAsync(this PortalFactory portal, Action<Engagement>? change = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var engagement = Given.Banner("ngm_" + suffix, e =>
        {
            e.Placement = "t-" + suffix;
            e.Name = "Test " + suffix;
            change?.Invoke(e);
        }, rowId: 0);
        await using (var db = portal.CreateDb())
        {
            db.Engagements.Add(engagement);
            await db.SaveChangesAsync();
        }

        portal.Services.GetRequiredService<LiveEngagements>().Invalidate();
        return engagement;
    }
}
