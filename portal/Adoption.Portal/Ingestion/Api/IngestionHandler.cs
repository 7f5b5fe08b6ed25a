using System.Net.Http.Headers;
using System.Text.Json;
using Adoption.Portal.Ingestion.Catalogue;
using Adoption.Portal.Ingestion.Parsing;
using Adoption.Portal.Ingestion.Writing;

namespace Adoption.Portal.Ingestion.Api;

/// <summary>
/// One request of the tracking API, in the order that rejects bad input cheapest first: key in
/// the header, content type, size, JSON, key in the body, rate. Only a request that passes all of
/// them is written, and it answers 200 only after its transaction committed.
/// </summary>
internal sealed partial class IngestionHandler(
    IngestionOptions options, WriteKeyAuthenticator keys, FeatureCatalogue catalogue, IngestionRateLimiter rates,
    IngestionQueue queue, TimeProvider clock, ILogger<IngestionHandler> log)
{
    public async Task<IResult> HandleAsync(HttpContext http, MessageType? single)
    {
        var cancellationToken = http.RequestAborted;
        int? keyId = null;
        if (WriteKeyAuthenticator.FromBasicHeader(http.Request.Headers.Authorization) is { } headerKey)
        {
            keyId = await keys.AuthenticateAsync(headerKey, cancellationToken);
            if (keyId is null)
            {
                return IngestionResults.Unauthorized();
            }
        }

        if (!IsJson(http.Request.ContentType))
        {
            return IngestionResults.UnsupportedMediaType();
        }

        var limit = single is null ? options.MaxRequestBytes : options.MaxEventBytes;
        RequestBody? body;
        try
        {
            body = await RequestBody.ReadAsync(http.Request, limit, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return IngestionResults.Problem(400, "Malformed gzip", "The body says Content-Encoding: gzip but is not valid gzip.");
        }

        if (body is null)
        {
            // API answers are invariant: the request's culture (Accept-Language) must not reformat numbers.
            return single is null ? IngestionResults.TooLarge(limit) : IngestionResults.Problem(413, "Message too large",
                string.Create(CultureInfo.InvariantCulture, $"A single message may be at most {options.MaxEventBytes / 1024} KB ({options.MaxEventBytes:N0} bytes)."));
        }

        using (body)
        {
            var receivedAt = clock.GetUtcNow().UtcDateTime;
            var parser = new SegmentParser(options, await catalogue.GetAsync(cancellationToken), receivedAt);
            ParsedRequest parsed;
            try
            {
                parsed = single is { } type ? parser.ParseSingle(body.Span, type) : parser.ParseBatch(body.Span);
            }
            catch (JsonException ex)
            {
                return IngestionResults.Problem(400, "Malformed JSON", $"The body is not valid JSON: {ex.Message}");
            }
            catch (InvalidOperationException)
            {
                // A string outside any message (the batch's writeKey) that is not valid text.
                return IngestionResults.Problem(400, "Malformed JSON", "The body holds a string that is not valid UTF-8 text.");
            }

            if (parsed.Problem is { } problem)
            {
                return IngestionResults.Problem(problem);
            }

            keyId ??= await keys.AuthenticateAsync(parsed.WriteKey, cancellationToken);
            if (keyId is not { } writeKeyId)
            {
                return IngestionResults.Unauthorized();
            }

            if (rates.TryAcquire(writeKeyId, parsed.Messages.Count) is { } retryAfter)
            {
                return IngestionResults.TooMany(retryAfter, http);
            }

            if (parsed.Messages.Count > 0)
            {
                try
                {
                    await queue.WriteAsync(writeKeyId, receivedAt, parsed.Messages, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogNotStored(ex, parsed.Messages.Count);
                    return IngestionResults.Unavailable(http);
                }
            }

            return IngestionResults.Success(parsed.Rejected);
        }
    }

    /// <summary>
    /// The body is always read as JSON. Besides application/json, the types existing Segment and
    /// RudderStack clients send are accepted as Segment's own API accepts them: none at all, text/plain,
    /// and application/x-www-form-urlencoded (RudderStack's Node SDK with gzip). Anything else is 415.
    /// </summary>
    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType?.ToLowerInvariant()
            is "application/json" or "text/plain" or "application/x-www-form-urlencoded";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Messages} message(s) could not be stored; the client was told to retry.")]
    private partial void LogNotStored(Exception exception, int messages);
}
