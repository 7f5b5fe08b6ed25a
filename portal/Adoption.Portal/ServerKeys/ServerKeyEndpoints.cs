using Adoption.Portal.Ingestion.Api;

namespace Adoption.Portal.ServerKeys;

/// <summary>The server-to-server API's authentication: the secret server key as the HTTP Basic user name.</summary>
public static class ServerKeyEndpoints
{
    /// <summary>
    /// Refuses requests without an active secret server key (401 problem+json). Cookies play no part:
    /// these endpoints are called by the host product's server, never by a browser.
    /// </summary>
    public static TBuilder RequireServerKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AllowAnonymous();
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var keys = http.RequestServices.GetRequiredService<ServerKeyAuthenticator>();
            var caller = await keys.AuthenticateAsync(WriteKeyAuthenticator.FromBasicHeader(http.Request.Headers.Authorization), http.RequestAborted);
            if (caller is null)
            {
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"Adoption server API\"";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unknown server key",
                    detail: "Send an active secret server key as the HTTP Basic user name with an empty password.");
            }

            http.Items[typeof(ServerKeyCaller)] = caller;
            return await next(context);
        });
        return builder;
    }

    /// <summary><c>GET /v1/server-key</c>: lets a host product check its configuration (which environment its key belongs to).</summary>
    public static void MapServerKeyApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/v1/server-key", (HttpContext http) =>
            {
                var caller = ServerKeyCaller.From(http);
                return Results.Json(new ServerKeyInfo(caller.EnvironmentName), ServerKeyJsonContext.Default.ServerKeyInfo);
            })
            .RequireServerKey()
            .WithTags("Server API")
            .WithSummary("Check a secret server key")
            .WithDescription("Answers with the product environment the key belongs to; 401 when the key is unknown or revoked.")
            .Produces<ServerKeyInfo>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}

/// <summary>What a server key is for.</summary>
/// <param name="Environment">The product environment the key belongs to, e.g. Production.</param>
public sealed record ServerKeyInfo(string Environment);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ServerKeyInfo))]
internal sealed partial class ServerKeyJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
