using System.Net;
using System.Text.Json.Nodes;
using Adoption.Testing;

namespace Adoption.Portal.Tests.Ingestion;

public sealed class TheApiReference(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task IsPublishedAsOpenApiWithEveryCall()
    {
        var document = JsonNode.Parse(await portal.CreatePortalClient().GetStringAsync("/openapi/v1.json"))!;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(["/v1/alias", "/v1/batch", "/v1/engagements/decide", "/v1/engagements/outcomes", "/v1/group", "/v1/identify", "/v1/page", "/v1/portal-links", "/v1/screen", "/v1/server-key", "/v1/support/tickets/{ticketId}", "/v1/surveys/answers", "/v1/track"], paths);
        Assert.Equal("Adoption Tracking API", document["info"]!["title"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/v1/track"]!["post"]!["requestBody"]);
        Assert.NotNull(document["paths"]!["/v1/engagements/decide"]!["post"]!["requestBody"]);
        Assert.NotNull(document["paths"]!["/v1/engagements/outcomes"]!["post"]!["responses"]!["202"]);
    }

    [Fact]
    public async Task IsReadableInThePortalWithoutSigningIn()
    {
        var response = await portal.CreatePortalClient().GetAsync("/docs/tracking-api");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"method\">POST</span> <code>/v1/batch</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>event</code></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>groupId</code></td>", html, StringComparison.Ordinal);
        Assert.Contains("Up to 2,500 calls or 500 KB.", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"method\">POST</span> <code>/v1/engagements/decide</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td><code>placements</code></td>", html, StringComparison.Ordinal);
    }
}
