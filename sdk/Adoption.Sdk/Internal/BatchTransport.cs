using System.Net;

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
            return Classify(response);
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
