using System.Text.Json;
using System.Text.Json.Nodes;
using Adoption.Portal.Email;
using Adoption.Portal.ServerKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Adoption.Portal.AccessLinks;

/// <summary>
/// <c>POST /v1/portal-links</c>: the host product's server asks for a link that signs its signed-in
/// user into the portal. The link carries 256 random bits, of which only the hash is stored; it works
/// once, for five minutes, and lands only on a path of this portal.
/// </summary>
public static class PortalLinkEndpoints
{
    public const string DefaultReturnPath = "/overview";

    public static void MapPortalLinkApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/v1/portal-links", CreateAsync)
            .RequireServerKey()
            .WithTags("Server API")
            .WithSummary("Create a sign-in link to the portal")
            .WithDescription("For the host product's signed-in user: the contact is found by userId (the tracking API's userId), then by email. The link works once, within 5 minutes; returnPath must be a path on the portal. 404 when nobody with a portal sign-in matches.")
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(PortalLinkRequest), null, cancellationToken);
                operation.RequestBody = new OpenApiRequestBody { Required = true, Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } } };
            })
            .Produces<PortalLinkReply>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A path on this portal: one leading slash, no scheme, host or backslash that a browser could read as another site.</summary>
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 and <= 2000 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Contains('\\', StringComparison.Ordinal) && !path.Any(char.IsControl) && Uri.TryCreate(path, UriKind.Relative, out _);

    private static async Task<IResult> CreateAsync(HttpRequest request, AdoptionDb db, AccessLinkIssuer links, PortalLinks portal, TimeProvider clock, CancellationToken cancellationToken)
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
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a JSON object", detail: "Send application/json with userId and returnPath.");
        }

        var userId = Text(body, "userId");
        var email = Text(body, "email");
        var returnPath = Text(body, "returnPath") ?? DefaultReturnPath;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > 200)
        {
            errors["userId"] = ["Required: the host product's id for the signed-in user, at most 200 characters."];
        }

        if (!IsLocalPath(returnPath))
        {
            errors["returnPath"] = ["A path on the portal such as /plan; links to other sites are refused."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Some fields are not valid");
        }

        // A person still at an account that is not archived, found by the host's user id, then by email.
        var people = db.Contacts.Where(c => c.LeftAt == null && db.Accounts.Any(a => a.Id == c.AccountId && a.ArchivedAt == null));
        var normalizedEmail = email?.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        PortalUser? user = null;
        foreach (var match in new[] { people.Where(c => c.ExternalId == userId), people.Where(c => normalizedEmail != null && db.Users.Any(u => u.ContactId == c.Id && u.NormalizedEmail == normalizedEmail)) })
        {
            var ids = await match.Select(c => c.Id).ToListAsync(cancellationToken);
            var users = await db.Users.Where(u => u.ContactId != null && ids.Contains(u.ContactId.Value)).ToListAsync(cancellationToken);
            // Lock-out is checked here: SQLite cannot compare the stored DateTimeOffset.
            user = users.FirstOrDefault(u => u.LockoutEnd is null || u.LockoutEnd <= now);
            if (user is not null)
            {
                break;
            }
        }

        if (user is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No portal sign-in for this user",
                detail: $"No contact with a portal sign-in has the userId '{userId}'{(email is null ? "" : " or that email")}. Invite them from the portal first.");
        }

        var token = links.Issue(user.Id, AccessLinkPurpose.PortalSignIn, AccessLinkIssuer.PortalSignInLifetime, returnPath);
        await db.SaveChangesAsync(cancellationToken);
        var expires = clock.GetUtcNow() + AccessLinkIssuer.PortalSignInLifetime;
        return Results.Json(new PortalLinkReply(portal.Absolute("/portal-links/" + token), expires), PortalLinkJsonContext.Default.PortalLinkReply, statusCode: StatusCodes.Status201Created);
    }

    private static string? Text(JsonObject body, string name) =>
        body.TryGetPropertyValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>Who to sign in and where to land.</summary>
/// <param name="UserId">The host product's id for its signed-in user (the tracking API's userId).</param>
/// <param name="Email">Used when no contact has the userId yet.</param>
/// <param name="ReturnPath">A path on the portal, /overview when absent.</param>
public sealed record PortalLinkRequest(string UserId, string? Email, string? ReturnPath);

/// <summary>The link to send the user's browser to, and when it stops working.</summary>
public sealed record PortalLinkReply(string Url, DateTimeOffset ExpiresAt);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(PortalLinkReply))]
internal sealed partial class PortalLinkJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
