using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Api;

/// <summary>The API's answers: Segment's <c>{"success": true}</c>, and RFC 9457 problem details.</summary>
internal static class IngestionResults
{
    private static readonly SuccessResponse Stored = new(true, null);

    public static IResult Success(List<Rejection> rejected) =>
        Results.Json(rejected.Count == 0 ? Stored : new SuccessResponse(true, rejected.Select(r => new RejectedItem(r.Index, r.MessageId, r.Reason)).ToList()),
            IngestionJsonContext.Default.SuccessResponse);

    public static IResult Problem(RequestProblem problem) => Problem(problem.Status, problem.Title, problem.Detail);

    public static IResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    public static IResult Unauthorized() => Problem(401, "Unknown write key",
        "Send an active write key as the HTTP Basic user name (empty password) or as writeKey in the body.");

    public static IResult UnsupportedMediaType() => Problem(415, "Unsupported content type", "Send the body as application/json.");

    public static IResult TooLarge(int limit) => Problem(413, "Request too large",
        string.Create(CultureInfo.InvariantCulture, $"A request body may be at most {limit / 1024} KB ({limit:N0} bytes) after decompression."));

    public static IResult TooMany(TimeSpan retryAfter, HttpContext http)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problem(429, "Too many requests", string.Create(CultureInfo.InvariantCulture,
            $"This write key is sending faster than it may; send again in {seconds} s."));
    }

    public static IResult Unavailable(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return Problem(503, "Not stored", "The events could not be stored just now and nothing was acknowledged; send the same request again.");
    }
}

/// <summary>The answer to an accepted request; <see cref="Rejected"/> lists batch items that were not stored.</summary>
/// <param name="Success">Always true: the request was durably stored.</param>
/// <param name="Rejected">Batch items that were not stored, with the reason; absent when every item was stored.</param>
public sealed record SuccessResponse(bool Success, IReadOnlyList<RejectedItem>? Rejected);

/// <summary>A batch item that was not stored.</summary>
/// <param name="Index">The item's position in <c>batch</c>, from 0.</param>
/// <param name="MessageId">The item's messageId, if it had one.</param>
/// <param name="Reason">Why it was not stored.</param>
public sealed record RejectedItem(int Index, string? MessageId, string Reason);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(
    PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(SuccessResponse))]
internal sealed partial class IngestionJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
