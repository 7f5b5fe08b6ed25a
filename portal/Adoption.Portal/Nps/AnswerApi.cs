using System.Text.Json;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using Adoption.Portal.ServerKeys;

namespace Adoption.Portal.Nps;

/// <summary>An answer to a survey shown in the host product.</summary>
/// <param name="Token">The token the survey came with from decide.</param>
/// <param name="UserId">The signed-in user who answered; must be the token's user.</param>
/// <param name="Score">0 to 10.</param>
/// <param name="Comment">The follow-up, up to 2,000 characters; may come later in a second call for the same period.</param>
/// <param name="MayContact">The person agreed to be contacted about their answer.</param>
/// <param name="At">When they answered (UTC); defaults to the time it arrives.</param>
public sealed record AnswerRequest(string? Token, string? UserId, int? Score, string? Comment, bool? MayContact, DateTimeOffset? At);

/// <param name="Id">The stored answer; the same id for every submit of the same person, survey and period.</param>
/// <param name="Created">False when an earlier submit of the period was completed or corrected.</param>
/// <param name="Category">promoter, passive or detractor.</param>
public sealed record AnswerResponse(int Id, bool Created, string Category);

/// <summary><c>POST /v1/surveys/answers</c>: the host product's server forwards an answer (secret server key).</summary>
public static class AnswerApi
{
    public static void MapNpsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/v1/surveys/answers", AnswerAsync).RequireServerKey().WithTags("Server API")
            .WithSummary("Answer an NPS survey")
            .WithDescription("A score from 0 to 10 and an optional follow-up for a survey the user was shown, with the token it came with. " +
                "One answer per user, survey and period: a repeat updates the same answer. 400 for a bad score or comment, 404 for an unknown, " +
                "expired or another user's token, or a survey the user was never shown.")
            .Produces<AnswerResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> AnswerAsync(HttpContext http, EngagementTokens tokens, AdoptionDb db, AnswerRecorder recorder, TimeProvider clock)
    {
        AnswerRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Request.Body, NpsJson.Default.AnswerRequest, http.RequestAborted);
        }
        catch (JsonException)
        {
            request = null;
        }

        if (request is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON", detail: "Send a JSON object.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(request.Token))
        {
            errors["token"] = ["The survey's token is required."];
        }

        if (string.IsNullOrEmpty(request.UserId) || request.UserId.Length > 200)
        {
            errors["userId"] = ["The user id is required (at most 200 characters)."];
        }

        if (request.Score is not (>= 0 and <= 10))
        {
            errors["score"] = ["The score is a whole number from 0 to 10."];
        }

        if (request.Comment is { Length: > AnswerRecorder.MaxComment })
        {
            errors["comment"] = ["Keep the follow-up under 2,000 characters."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The answer is invalid");
        }

        var (token, refusal) = tokens.Read(request.Token);
        if (token is null || !string.Equals(token.UserId, request.UserId, StringComparison.Ordinal))
        {
            return NotFound(refusal ?? "token-user-mismatch");
        }

        var survey = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == token.EngagementId && e.Kind == EngagementKind.Survey, http.RequestAborted);
        if (survey is null)
        {
            return NotFound("not-a-survey");
        }

        var shown = await db.EngagementOutcomes.AnyAsync(o => o.EngagementId == survey.Id && o.UserId == token.UserId && o.Kind == OutcomeKind.Seen, http.RequestAborted);
        if (!shown)
        {
            return NotFound("survey-not-shown");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var at = request.At?.UtcDateTime is { } sent && sent < now ? sent : now;
        var contactId = await db.Contacts.Where(c => c.ExternalId == token.UserId && c.AccountId == token.AccountId).Select(c => (int?)c.Id).FirstOrDefaultAsync(http.RequestAborted);
        var (answer, created) = await recorder.RecordAsync(
            new AnswerInput(survey, token.AccountId, contactId, token.UserId, request.Score!.Value, request.Comment, request.MayContact, NpsChannel.InProduct, at),
            http.RequestAborted);
        return Results.Json(new AnswerResponse(answer.Id, created, NpsMath.Category(answer.Score).ToString().ToLowerInvariant()), NpsJson.Default.AnswerResponse);
    }

    private static IResult NotFound(string reason) => Results.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "No survey to answer", detail: reason switch
        {
            "token-expired" => "The token has expired: decide again and answer with the new token.",
            "survey-not-shown" => "The user was never shown this survey.",
            "not-a-survey" => "The token is not for a survey.",
            "token-user-mismatch" => "The token was issued for another user.",
            _ => "The token is not one this portal issued.",
        }, extensions: new Dictionary<string, object?> { ["reason"] = reason });
}
