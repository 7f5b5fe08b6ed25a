using System.Net;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary><c>PUT /v1/support/tickets/{ticketId}</c>: idempotent on the ticket id, clear about every bad field, never a 5xx.</summary>
public sealed class TheTicketApi(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreatesATicketAndUpdatesItWhenSentAgain()
    {
        var groupId = await NorthwindGroupIdAsync();
        var client = portal.CreatePortalClient();

        var created = await client.SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-1001", Body(groupId, "open", null)));
        var again = await client.SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-1001", Body(groupId, "open", null)));
        var closed = await client.SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-1001", Body(groupId, "closed", "2026-12-01T16:40:00Z")));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, again.StatusCode, closed.StatusCode));
        Assert.Equal($$"""{"ticketId":"ZD-1001","groupId":"{{groupId}}","status":"closed"}""", await closed.Content.ReadAsStringAsync());
        await using var db = portal.CreateDb();
        var ticket = await db.SupportTickets.AsNoTracking().SingleAsync(t => t.ExternalId == "ZD-1001");
        Assert.Equal((1, "Exports time out", TicketPriority.High, TicketStatus.Closed), (ticket.AccountId, ticket.Subject, ticket.Priority, ticket.Status));
        Assert.Equal((new DateTime(2026, 11, 30, 9, 15, 0, DateTimeKind.Utc), new DateTime(2026, 12, 1, 16, 40, 0, DateTimeKind.Utc)), (ticket.OpenedAt, ticket.ClosedAt!.Value));
    }

    [Fact]
    public async Task AnswersNotFoundNamingAnUnknownAccount()
    {
        var response = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-2", Body("crm-nobody", "open", null)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("'crm-nobody'", (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.SupportTickets.AnyAsync(t => t.ExternalId == "ZD-2"));
    }

    [Fact]
    public async Task ListsEveryBadField()
    {
        var response = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-3",
            """{"groupId":"x","subject":42,"priority":"asap","status":"done","openedAt":"yesterday","closedAt":"2026-13-01"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["errors"]!.AsObject();
        Assert.Equal(["closedAt", "openedAt", "priority", "status", "subject"], errors.Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("""{"groupId":{"nested":true},"subject":null,"openedAt":12}""")]
    public async Task AnswersBadRequestToAnyBodyItCannotUse(string body)
    {
        var response = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-4", body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task RefusesCallersWithoutAServerKey()
    {
        var groupId = await NorthwindGroupIdAsync();
        var none = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-5", Body(groupId, "open", null), key: null));
        var writeKey = await portal.CreatePortalClient().SendAsync(ServerApi.Request(HttpMethod.Put, "/v1/support/tickets/ZD-5", Body(groupId, "open", null), key: DemoSignIns.WriteKey));

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (none.StatusCode, writeKey.StatusCode));
    }

    [Fact]
    public async Task IsInTheApiReference()
    {
        var document = JsonNode.Parse(await portal.CreatePortalClient().GetStringAsync("/openapi/v1.json"))!;
        var put = document["paths"]!["/v1/support/tickets/{ticketId}"]!["put"]!;

        Assert.NotNull(put["requestBody"]);
        Assert.NotNull(put["responses"]!["404"]);
    }

    private async Task<string> NorthwindGroupIdAsync()
    {
        await using var db = portal.CreateDb();
        return (await db.Accounts.AsNoTracking().Where(a => a.Id == 1).Select(a => a.ExternalId).SingleAsync())!;
    }

    private static string Body(string groupId, string status, string? closedAt) =>
        $$"""{"groupId":"{{groupId}}","subject":"Exports time out","priority":"high","status":"{{status}}","openedAt":"2026-11-30T11:15:00+02:00"{{(closedAt is null ? "" : $",\"closedAt\":\"{closedAt}\"")}}}""";
}
