using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// <c>GET /_adoption/outcomes/token</c>: the antiforgery request token for the signed-in user, as
/// <c>{ "token", "headerName", "formFieldName" }</c>, with the antiforgery cookie it pairs with. The script asks once
/// a page, the first time the user acts, so rendering a nudge never pays for a token (docs/decisions/0020).
/// </summary>
internal static class TokenEndpoint
{
    public static IResult Handle(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<AdoptionAspNetCoreOptions>>().Value;
        if (options.UserIdResolver(http) is not { Length: > 0 })
        {
            // Nobody to post for: the outcomes endpoint would refuse them anyway.
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in to act on a nudge.");
        }

        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        // A token is the user's own: no cache, shared or private, may keep it (antiforgery marks only the responses
        // that set its cookie).
        http.Response.Headers.CacheControl = "no-store, no-cache";
        http.Response.Headers.Pragma = "no-cache";
        var body = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("token", tokens.RequestToken);
            json.WriteString("headerName", tokens.HeaderName);
            json.WriteString("formFieldName", tokens.FormFieldName);
            json.WriteEndObject();
        }

        return Results.Bytes(body.WrittenMemory, "application/json");
    }
}
