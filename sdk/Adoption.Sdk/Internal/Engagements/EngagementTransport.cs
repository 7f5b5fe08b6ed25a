using System.Net.Http.Headers;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>What one request to the portal's engagement API came to.</summary>
internal readonly record struct PortalAnswer(int Status, ReadOnlyMemory<byte> Body, TimeSpan? RetryAfter, string Failure)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>No answer, or one that says "later": worth another try. 400, 401, 404 and the rest are not.</summary>
    public bool Retryable => Status is 0 or 408 or 429 or >= 500;

    public static PortalAnswer Failed(string failure) => new(0, default, null, failure);
}

/// <summary>Posts JSON to the portal with the secret server key, within the request timeout, reading a bounded answer.</summary>
internal sealed class EngagementTransport(Settings settings, Func<HttpClient> httpClient, TimeProvider time)
{
    // A decision for ten placements is a few kilobytes; anything far larger is not the portal talking.
    private const int MaxAnswerBytes = 1024 * 1024;
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<PortalAnswer> PostAsync(Uri uri, byte[] json, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", settings.ServerCredentials);
        request.Content = new ByteArrayContent(json);
        request.Content.Headers.ContentType = Json;
        try
        {
            using var response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var body = await BodyAsync(response, linked.Token).ConfigureAwait(false);
            return new PortalAnswer(status, body, Backoff.FromRetryAfter(response.Headers.RetryAfter, time.GetUtcNow()),
                status is >= 200 and < 300 ? "" : $"HTTP {status}");
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return PortalAnswer.Failed($"no answer within {settings.RequestTimeout}");
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // Network failures and whatever a host's HTTP handler throws: the portal is unreachable for now.
            return PortalAnswer.Failed($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static async Task<ReadOnlyMemory<byte>> BodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var copy = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (copy.Length + read > MaxAnswerBytes)
                {
                    return default;
                }

                copy.Write(buffer, 0, read);
            }

            return copy.ToArray();
        }
    }
}
