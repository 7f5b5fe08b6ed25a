using System.Net;
using System.Text;

namespace Adoption.Sdk.Internal;

/// <summary>Sends one batch once and says whether it was stored, refused for good, or worth another try.</summary>
internal sealed class BatchTransport(Settings settings, Func<HttpClient> httpClient, TimeProvider time)
{
    public async Task<SendOutcome> SendAsync(PendingBatch batch, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stop, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.BatchUri);
        request.Headers.Authorization = settings.Authorization();
        try
        {
            request.Content = batch.ToContent(time.GetUtcNow(), settings.Gzip);
            using var response = await httpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var outcome = Classify(response);
            return outcome.Result switch
            {
                SendResult.Rejected => outcome with { Failure = $"{outcome.Failure}: {await ReasonAsync(response, linked.Token).ConfigureAwait(false)}" },
                SendResult.Delivered => RefusedItems.Read(await BodyAsync(response, 64 * 1024, linked.Token).ConfigureAwait(false)),
                _ => outcome,
            };
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return new SendOutcome(SendResult.Retry, $"no answer within {settings.RequestTimeout}");
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // Network failures (HttpRequestException) and anything a host's HTTP handler may throw: try again later.
            return new SendOutcome(SendResult.Retry, $"{e.GetType().Name}: {e.Message}");
        }
    }

    // The portal explains a refusal in its body; the first kilobyte is plenty for a log line.
    private static async Task<string> ReasonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await BodyAsync(response, 1024, cancellationToken).ConfigureAwait(false);
        return body.Length == 0 ? "no reason given" : Encoding.UTF8.GetString(body.Span);
    }

    // Bounded: whatever answers at the endpoint, a response cannot make the sender buffer much.
    private static async Task<ReadOnlyMemory<byte>> BodyAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit];
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var read = await stream.ReadAtLeastAsync(buffer, limit, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            return buffer.AsMemory(0, read);
        }
    }

    private SendOutcome Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return SendOutcome.Delivered;
        }

        if (status >= 500 || response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
        {
            var retryAfter = Backoff.FromRetryAfter(response.Headers.RetryAfter, time.GetUtcNow());
            return new SendOutcome(SendResult.Retry, $"HTTP {status}", status, retryAfter);
        }

        // 400, 401, 413 and the rest: sending the same bytes again cannot succeed.
        return new SendOutcome(SendResult.Rejected, $"HTTP {status}", status);
    }
}
