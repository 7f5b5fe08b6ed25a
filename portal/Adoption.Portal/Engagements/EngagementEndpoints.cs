using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Adoption.Portal.ServerKeys;

namespace Adoption.Portal.Engagements;

/// <summary><c>POST /v1/engagements/decide</c> and <c>/v1/engagements/outcomes</c>: the host product's server asks and reports.</summary>
public static class EngagementEndpoints
{
    public static void MapEngagementApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/v1/engagements").RequireServerKey().WithTags("Server API");
        api.MapPost("/decide", DecideAsync)
            .WithSummary("Decide which engagements a user sees")
            .WithDescription("For a host-product user, a locale and 1 to 10 placements: the nudges to show now, with content and a token each. " +
                "An unknown userId answers 200 with an empty list. Authenticate with the secret server key.")
            .DescribesBody<DecideRequest>()
            .Produces<DecideResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/outcomes", OutcomesAsync)
            .WithSummary("Report what users did with engagements")
            .WithDescription("1 to 100 outcomes (seen, dismissed, snoozed, completed, cta), each with the token it came with. " +
                "Idempotent: a replay changes nothing. Outcomes with a forged or expired token, or another user's, are listed in rejected; the rest are stored.")
            .DescribesBody<OutcomesRequest>()
            .Produces<OutcomesResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> DecideAsync(HttpContext http, IValidator<DecideRequest> validator, EngagementDecider decider)
    {
        var (request, problem) = await ReadAsync(http, EngagementJson.Default.DecideRequest, validator);
        if (request is null)
        {
            return problem!;
        }

        var answer = await decider.DecideAsync(request.UserId!, request.GroupId, request.Locale, request.Placements!.Select(p => p!).ToHashSet(StringComparer.Ordinal),
            http.RequestAborted);
        return Results.Json(answer, EngagementJson.Default.DecideResponse);
    }

    private static async Task<IResult> OutcomesAsync(HttpContext http, IValidator<OutcomesRequest> validator, OutcomeRecorder recorder)
    {
        var (request, problem) = await ReadAsync(http, EngagementJson.Default.OutcomesRequest, validator);
        if (request is null)
        {
            return problem!;
        }

        var answer = await recorder.RecordAsync(request.Outcomes!.Select(o => o!).ToList(), http.RequestAborted);
        return Results.Json(answer, EngagementJson.Default.OutcomesResponse, statusCode: StatusCodes.Status202Accepted);
    }

    // Read by hand rather than bound, so a body that is not JSON gets the same problem+json 400 as an invalid one.
    private static async Task<(T? Request, IResult? Problem)> ReadAsync<T>(HttpContext http, JsonTypeInfo<T> type, IValidator<T> validator) where T : class
    {
        T? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Request.Body, type, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON",
                detail: e.Path is null ? "Send a JSON object." : $"Check {e.Path}."));
        }

        if (request is null)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON", detail: "Send a JSON object."));
        }

        var result = await validator.ValidateAsync(request, http.RequestAborted);
        return result.IsValid
            ? (request, null)
            : (null, Results.ValidationProblem(result.ToDictionary().ToDictionary(e => WireName(e.Key), e => e.Value), title: "The request is invalid"));
    }

    /// <summary>The JSON path of a field as the client sent it: <c>Outcomes[0].Kind</c> → <c>outcomes[0].kind</c>.</summary>
    private static string WireName(string property) =>
        string.Join('.', property.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    // The body is read by hand, so it is described for OpenAPI only (Accepts<T> would add a bare 415).
    private static RouteHandlerBuilder DescribesBody<T>(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
