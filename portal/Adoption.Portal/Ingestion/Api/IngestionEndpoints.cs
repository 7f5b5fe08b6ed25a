using Adoption.Portal.Ingestion.Parsing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Adoption.Portal.Ingestion.Api;

/// <summary>The Segment HTTP Tracking API routes: <c>/v1/track</c> … <c>/v1/batch</c>.</summary>
internal static class IngestionEndpoints
{
    public static void MapTrackingApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/v1").WithTags("Tracking API").AllowAnonymous();
        Single<TrackCall>(v1, "/track", MessageType.Track, "Record an event", "Something a user did, e.g. \"Report Scheduled\".");
        Single<IdentifyCall>(v1, "/identify", MessageType.Identify, "Identify a user", "Who the user is; keeps the contact current.");
        Single<GroupCall>(v1, "/group", MessageType.Group, "Group a user with an account", "Which account the user works for; creates unknown accounts.");
        Single<PageCall>(v1, "/page", MessageType.Page, "Record a page view", "A page view in a web product.");
        Single<ScreenCall>(v1, "/screen", MessageType.Screen, "Record a screen view", "A screen view in a mobile product.");
        Single<AliasCall>(v1, "/alias", MessageType.Alias, "Merge two user ids", "previousId and userId are the same person.");
        foreach (var route in new[] { "/batch", "/import" })
        {
            Describe(v1.MapPost(route, (HttpContext http, IngestionHandler handler) => handler.HandleAsync(http, null))
                .DescribesBody<BatchCall>(), "Send many calls at once",
                "Up to 2,500 calls or 500 KB. Items without userId/anonymousId, event name and the like are listed in rejected; the rest are stored.")
                .ExcludeFromDescription(route == "/import");
        }
    }

    private static void Single<TCall>(RouteGroupBuilder v1, string route, MessageType type, string summary, string description) =>
        Describe(v1.MapPost(route, (HttpContext http, IngestionHandler handler) => handler.HandleAsync(http, type))
            .DescribesBody<TCall>(), summary, description + " At most 32 KB.");

    private static RouteHandlerBuilder Describe(RouteHandlerBuilder endpoint, string summary, string description) => endpoint
        .WithSummary(summary)
        .WithDescription(description)
        .Produces<SuccessResponse>(StatusCodes.Status200OK)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    // Accepts<T>() would also make routing answer other content types with a bare 415; the handler
    // answers them itself with problem details, so the body is only described for OpenAPI.
    private static RouteHandlerBuilder DescribesBody<TCall>(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TCall), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    private static RouteHandlerBuilder ExcludeFromDescription(this RouteHandlerBuilder endpoint, bool exclude) =>
        exclude ? endpoint.ExcludeFromDescription() : endpoint;
}
