using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// <c>POST /_adoption/outcomes</c>: the browser says what the user did with a nudge (form or JSON
/// <c>{ token, kind }</c>). The user comes from the host's sign-in, never from the request, and the outcome goes
/// on through the SDK's queue with the server key, which never reaches the browser.
/// </summary>
internal static class OutcomeEndpoint
{
    private const int MaxBodyBytes = 16 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext http)
    {
        try
        {
            return await RecordAsync(http).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            // A body that is not the form or JSON it claims to be is the client's mistake, never a 5xx.
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body cannot be read as a form or JSON.");
        }
    }

    private static async Task<IResult> RecordAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<AdoptionAspNetCoreOptions>>().Value;
        if (options.UserIdResolver(http) is not { Length: > 0 } userId)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in to record what you did with a nudge.");
        }

        try
        {
            await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The antiforgery token is missing or invalid.");
        }

        var (token, kind, returnUrl, answer) = await ReadAsync(http).ConfigureAwait(false);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            errors["token"] = ["The nudge's token is required."];
        }

        if (kind == "answered")
        {
            // A survey's answer: the score is required, the follow-up optional.
            if (answer.Score is not (>= 0 and <= 10))
            {
                errors["score"] = ["Choose a score from 0 to 10."];
            }

            if (answer.Comment is { Length: > 2000 })
            {
                errors["comment"] = ["Keep the follow-up under 2,000 characters."];
            }

            if (errors.Count == 0)
            {
                http.RequestServices.GetRequiredService<IAdoptionClient>().RecordSurveyAnswer(userId, token!, answer.Score!.Value, answer.Comment, answer.MayContact);
            }
        }
        else if (Parse(kind) is not { } outcome)
        {
            errors["kind"] = ["Kind must be one of seen, dismissed, snoozed, completed, cta."];
        }
        else if (errors.Count == 0)
        {
            http.RequestServices.GetRequiredService<IAdoptionClient>().RecordOutcome(userId, token!, outcome);
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        // A script's post wants an answer; a plain form post (no script) goes back to the page, or to the call to action.
        if (!http.Request.HasFormContentType || http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Accepted();
        }

        var next = http.Request.Query["next"].ToString();
        return Results.LocalRedirect(IsLocal(next) ? next : IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static async Task<(string? Token, string? Kind, string? ReturnUrl, Answer Answer)> ReadAsync(HttpContext http)
    {
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            var score = int.TryParse(form["score"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
            var comment = form["comment"].ToString();
            return (form["token"].ToString(), form["kind"].ToString(), form["returnUrl"].ToString(),
                new Answer(score, comment.Length == 0 ? null : comment, form["mayContact"].ToString() is "true" or "on"));
        }

        try
        {
            using var limited = new MemoryStream();
            await http.Request.Body.CopyToAsync(limited, http.RequestAborted).ConfigureAwait(false);
            if (limited.Length is 0 or > MaxBodyBytes)
            {
                return (null, null, null, Answer.None);
            }

            using var json = JsonDocument.Parse(limited.ToArray());
            var body = json.RootElement;
            return body.ValueKind == JsonValueKind.Object
                ? (String(body, "token"), String(body, "kind"), null, new Answer(
                    body.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number && score.TryGetInt32(out var s) ? s : null,
                    String(body, "comment"),
                    body.TryGetProperty("mayContact", out var may) && may.ValueKind == JsonValueKind.True))
                : (null, null, null, Answer.None);
        }
        catch (JsonException)
        {
            return (null, null, null, Answer.None);
        }
    }

    private sealed record Answer(int? Score, string? Comment, bool MayContact)
    {
        public static readonly Answer None = new(null, null, false);
    }

    private static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static OutcomeKind? Parse(string? kind) => kind switch
    {
        "seen" => OutcomeKind.Seen,
        "dismissed" => OutcomeKind.Dismissed,
        "snoozed" => OutcomeKind.Snoozed,
        "completed" => OutcomeKind.Completed,
        "cta" => OutcomeKind.Cta,
        _ => null,
    };

    // Same rule as Url.IsLocalUrl: "/path" but not "//host" or "/\host", so a post cannot send the user elsewhere.
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
