using System.Text.Json;
using System.Text.Json.Nodes;
using Adoption.Portal.ServerKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Adoption.Portal.SupportTickets;

/// <summary><c>PUT /v1/support/tickets/{ticketId}</c>: the help desk's tickets, which feed the support-load part of health.</summary>
public static class TicketEndpoints
{
    public static void MapSupportTicketApi(this IEndpointRouteBuilder app) =>
        app.MapPut("/v1/support/tickets/{ticketId}", PutAsync)
            .RequireServerKey()
            .WithTags("Server API")
            .WithSummary("Create or update a support ticket")
            .WithDescription("Idempotent on ticketId: sending a ticket again updates it. groupId is the account's external id; 201 when created, 200 when updated, 404 when no account has the groupId, 400 listing each bad field.")
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(TicketBody), null, cancellationToken);
                operation.RequestBody = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } } };
            })
            .Produces<TicketReply>(StatusCodes.Status200OK)
            .Produces<TicketReply>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> PutAsync(string ticketId, HttpRequest request, AdoptionDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a JSON object",
                detail: "Send application/json with groupId, subject, priority, status, openedAt and closedAt.");
        }

        var (ticket, errors) = TicketInput.Read(ticketId, Text(body, "groupId"), Text(body, "subject"), Text(body, "priority"),
            Text(body, "status"), Text(body, "openedAt"), Text(body, "closedAt"));
        if (ticket is null)
        {
            return Results.ValidationProblem(errors, title: "Some fields are not valid");
        }

        var accountId = await db.Accounts.Where(a => a.ExternalId == ticket.GroupId).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (accountId is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown account",
                detail: $"No account has the external id (groupId) '{ticket.GroupId}'. Create or import the account first.");
        }

        var created = await TicketWriter.UpsertAsync(db, [ticket], new Dictionary<string, int> { [ticket.GroupId] = accountId.Value }, clock.GetUtcNow().UtcDateTime, cancellationToken) == 1;
        var reply = new TicketReply(ticket.TicketId, ticket.GroupId, ticket.Status.ToString().ToLowerInvariant());
        return created
            ? Results.Json(reply, TicketJsonContext.Default.TicketReply, statusCode: StatusCodes.Status201Created)
            : Results.Json(reply, TicketJsonContext.Default.TicketReply);
    }

    /// <summary>A field's text; numbers and booleans where text belongs count as absent-and-wrong, never as a 500.</summary>
    private static string? Text(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>A support ticket as the help desk sends it.</summary>
/// <param name="GroupId">The account's external id, as in the tracking API.</param>
/// <param name="Subject">At most 200 characters.</param>
/// <param name="Priority">low, normal (the default), high or urgent.</param>
/// <param name="Status">open (the default), pending, solved or closed.</param>
/// <param name="OpenedAt">ISO 8601 with offset.</param>
/// <param name="ClosedAt">ISO 8601 with offset, or absent while open.</param>
public sealed record TicketBody(string GroupId, string Subject, string? Priority, string? Status, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt);

/// <summary>The stored ticket.</summary>
public sealed record TicketReply(string TicketId, string GroupId, string Status);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(TicketReply))]
internal sealed partial class TicketJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
