using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// Answers <see cref="IAdoptionClient.GetEngagementsAsync"/>: from the cache when it can, else one shared request
/// per user and placements, waited for at most <see cref="Settings.DecisionTimeout"/>. A request that outlives
/// the wait goes on in the background and fills the cache for the next page view.
/// </summary>
internal sealed class DecisionSource(
    Settings settings, EngagementTransport transport, DecisionCache cache, PortalHealth health,
    TimeProvider time, ILogger logger, LogOnce once, CancellationToken stop)
{
    public static readonly Task<IReadOnlyList<Engagement>> Empty = Task.FromResult<IReadOnlyList<Engagement>>([]);
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<Engagement>>> _inFlight = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<Engagement>> GetAsync(string userId, string[] placements, string? locale, CancellationToken cancellationToken)
    {
        var key = string.Concat(userId, "\u001f", locale, "\u001f", string.Join(',', placements));
        var cached = cache.Find(key);
        if (cached is not null && cache.IsFresh(cached))
        {
            return cached.Result;
        }

        if (health.IsDown)
        {
            return cached?.Result ?? Empty;
        }

        var asking = Ask(key, new DecideRequest(userId, locale, placements));
        if (cached is not null)
        {
            // Shown now; the answer replaces it for the next page view.
            return cached.Result;
        }

        return asking.IsCompleted ? asking : WithinBudgetAsync(asking, cancellationToken);
    }

    private async Task<IReadOnlyList<Engagement>> WithinBudgetAsync(Task<IReadOnlyList<Engagement>> asking, CancellationToken cancellationToken)
    {
        try
        {
            return await asking.WaitAsync(settings.DecisionTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Other page views should not wait for a slow portal either; its late answer still fills the cache.
            var pause = health.MarkDown();
            Log.DecideFailed(logger, once.Level("decide slow", LogLevel.Warning), $"no answer within the {settings.DecisionTimeout} budget", pause);
            return [];
        }
        catch (OperationCanceledException)
        {
            return [];
        }
    }

    // Concurrent page views of one user share one request: the first creates it, the others find it.
    private Task<IReadOnlyList<Engagement>> Ask(string key, DecideRequest request)
    {
        while (true)
        {
            if (_inFlight.TryGetValue(key, out var running))
            {
                return running;
            }

            var answer = new TaskCompletionSource<IReadOnlyList<Engagement>>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_inFlight.TryAdd(key, answer.Task))
            {
                _ = AskPortalAsync(key, request, answer);
                return answer.Task;
            }
        }
    }

    private async Task AskPortalAsync(string key, DecideRequest request, TaskCompletionSource<IReadOnlyList<Engagement>> answer)
    {
        IReadOnlyList<Engagement> result = [];
        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(request, EngagementJsonContext.Default.DecideRequest);
            var reply = await transport.PostAsync(settings.DecideUri, json, stop).ConfigureAwait(false);
            if (reply.Succeeded && Read(reply.Body) is { } decision)
            {
                var freshFor = settings.DecisionCacheDuration;
                if (decision.CacheSeconds is { } seconds && seconds >= 0 && TimeSpan.FromSeconds(seconds) < freshFor)
                {
                    freshFor = TimeSpan.FromSeconds(seconds);
                }

                result = WireMapping.ToEngagements(decision);
                cache.Store(key, request.UserId, result, freshFor);
                result = cache.Find(key)?.Result.Result ?? result;
                health.MarkUp();
            }
            else
            {
                var failure = reply.Succeeded ? "the answer is not a decision" : reply.Failure;
                var pause = health.MarkDown(reply.RetryAfter);
                var level = reply.Retryable ? LogLevel.Warning : LogLevel.Error;
                Log.DecideFailed(logger, once.Level($"decide {reply.Status}", level), failure + Hint(reply.Status), pause);
                result = cache.Find(key)?.Result.Result ?? [];
            }
        }
#pragma warning disable CA1031 // Nothing here may reach the page that asked: it gets no engagements instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (!stop.IsCancellationRequested)
            {
                Log.SenderFailed(logger, e);
            }
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
            answer.TrySetResult(result);
        }
    }

    private static DecideResponse? Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            return body.IsEmpty ? null : JsonSerializer.Deserialize(body.Span, EngagementJsonContext.Default.DecideResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Hint(int status) => status switch
    {
        401 => ". Check AdoptionOptions.ServerKey against the portal's server keys",
        404 => ". Check AdoptionOptions.Endpoint: this portal has no engagements API",
        _ => "",
    };
}
