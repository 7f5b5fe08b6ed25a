using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal.Engagements;

/// <summary>
/// The engagement half of an enabled client: decisions (cached, shared, time-boxed) and the outcome queue. It
/// checks the host's arguments, and with no server key configured answers every call with nothing.
/// </summary>
internal sealed class EngagementClient : IAsyncDisposable
{
    private const int MaxPlacements = 10;
    private const int MaxTokenLength = 4096;
    private const int MaxUserIdLength = 200;
    private static readonly SearchValues<char> PlacementChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_");
    private static readonly SearchValues<char> LocaleChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
    private readonly Settings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LogOnce _once;
    private readonly HttpClientSource? _http;
    private readonly DecisionCache? _cache;
    private readonly DecisionSource? _decisions;
    private readonly OutcomeQueue? _outcomes;
    private readonly EngagementTransport? _transport;
    private readonly CancellationTokenSource _stop = new();
    private int _disposed;

    public EngagementClient(Settings settings, IHttpClientFactory? httpClientFactory, TimeProvider time, ILogger logger, LogOnce once, DiskSpool? spool)
    {
        (_settings, _time, _logger, _once) = (settings, time, logger, once);
        if (settings.ServerCredentials is null)
        {
            return;
        }

        _http = new HttpClientSource(httpClientFactory);
        var transport = _transport = new EngagementTransport(settings, _http.Get, time);
        var health = new PortalHealth(time);
        _cache = new DecisionCache(settings.MaxCachedDecisions, time);
        _decisions = new DecisionSource(settings, transport, _cache, health, time, logger, once, _stop.Token);
        _outcomes = new OutcomeQueue(settings, transport, health, time, logger, once, spool);
    }

    public Task<IReadOnlyList<Engagement>> GetAsync(string? userId, IEnumerable<string>? placements, string? locale, CancellationToken cancellationToken)
    {
        if (_decisions is null)
        {
            return Unavailable("AdoptionOptions.ServerKey is not set");
        }

        if (string.IsNullOrWhiteSpace(userId))
        {
            return Unavailable("no user id");
        }

        var names = placements?.Distinct(StringComparer.Ordinal).ToArray() ?? [];
        if (names.Length is 0 or > MaxPlacements || !names.All(IsPlacement))
        {
            return Unavailable($"placements must be 1 to {MaxPlacements} names of a-z, 0-9, '-' and '_' (at most 40 characters)");
        }

        // A locale the portal would refuse is left out: the portal then falls back to the account's language.
        var wanted = locale is { Length: > 0 and <= 35 } && !locale.AsSpan().ContainsAnyExcept(LocaleChars) ? locale : null;
        return _decisions.GetAsync(userId, names, wanted, cancellationToken);
    }

    public async Task<Uri?> CreatePortalLinkAsync(string? userId, string? returnPath, CancellationToken cancellationToken)
    {
        if (_transport is null)
        {
            return LinkFailed("AdoptionOptions.ServerKey is not set", LogLevel.Warning);
        }

        // The portal checks these too; refusing here saves a round trip and names the mistake in the host's log.
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > MaxUserIdLength)
        {
            return LinkFailed($"the user id is required, at most {MaxUserIdLength} characters", LogLevel.Warning);
        }

        if (returnPath is not null && !IsLocalPath(returnPath))
        {
            return LinkFailed("returnPath must be a path on the portal such as /plan", LogLevel.Warning);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(new PortalLinkRequest(userId, returnPath), EngagementJsonContext.Default.PortalLinkRequest);
        PortalAnswer reply;
        try
        {
            reply = await _transport.PostAsync(_settings.PortalLinksUri, json, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        if (!reply.Succeeded)
        {
            return LinkFailed(reply.Failure + reply.Status switch
            {
                401 => ". Check AdoptionOptions.ServerKey against the portal's server keys",
                404 => ". The portal has no contact with a sign-in for this user id (invite them first), or no portal-links API",
                _ => "",
            }, reply.Retryable ? LogLevel.Warning : LogLevel.Error, $"portal link {reply.Status}");
        }

        try
        {
            var answer = reply.Body.IsEmpty ? null : JsonSerializer.Deserialize(reply.Body.Span, EngagementJsonContext.Default.PortalLinkResponse);
            // Only a web address: the host redirects the browser to it, so nothing else may come through.
            if (Uri.TryCreate(answer?.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                return url;
            }
        }
        catch (JsonException)
        {
        }

        return LinkFailed("the answer is not a portal link", LogLevel.Error);
    }

    public void Record(string? userId, string? token, OutcomeKind kind, DateTimeOffset? at)
    {
        if (_outcomes is null)
        {
            Log.EngagementsUnavailable(_logger, _once.Level("no server key", LogLevel.Warning), "AdoptionOptions.ServerKey is not set");
            return;
        }

        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength || !Enum.IsDefined(kind))
        {
            Log.MessageDropped(_logger, _once.Level("outcome invalid", LogLevel.Warning), "outcome", "it needs a user id, a token and a known kind");
            return;
        }

        if (kind is OutcomeKind.Dismissed or OutcomeKind.Snoozed or OutcomeKind.Completed)
        {
            _cache!.Forget(userId, token);
        }

        _outcomes.TryEnqueue(new WireOutcome(token, userId, WireMapping.Wire(kind), (at ?? _time.GetUtcNow()).UtcDateTime));
    }

    public void RecordAnswer(string? userId, string? token, int score, string? comment, bool? mayContact, DateTimeOffset? at)
    {
        if (_outcomes is null)
        {
            Log.EngagementsUnavailable(_logger, _once.Level("no server key", LogLevel.Warning), "AdoptionOptions.ServerKey is not set");
            return;
        }

        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength || score is < 0 or > 10
            || comment is { Length: > 2000 })
        {
            Log.MessageDropped(_logger, _once.Level("answer invalid", LogLevel.Warning), "survey answer",
                "it needs a user id, a token, a score from 0 to 10 and a follow-up of at most 2,000 characters");
            return;
        }

        // Answered: the survey leaves the user's cached decisions at once.
        _cache!.Forget(userId, token);
        _outcomes.TryEnqueue(new WireOutcome(token, userId, "answered", (at ?? _time.GetUtcNow()).UtcDateTime)
        {
            Score = score, Comment = string.IsNullOrWhiteSpace(comment) ? null : comment, MayContact = mayContact,
        });
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _outcomes?.FlushAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_outcomes is not null)
        {
            await _outcomes.DisposeAsync().ConfigureAwait(false);
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _stop.Dispose();
        _http?.Dispose();
    }

    private static bool IsLocalPath(string path) =>
        path.Length is > 0 and <= 2000 && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Contains('\\', StringComparison.Ordinal) && !path.Any(char.IsControl);

    // Logged in full once per kind of failure (the key), then at Debug: a host asks on every click.
    private Uri? LinkFailed(string problem, LogLevel level, string? key = null)
    {
        Log.PortalLinkFailed(_logger, _once.Level(key ?? "portal link " + problem, level), problem);
        return null;
    }

    private static bool IsPlacement(string? name) =>
        name is { Length: > 0 and <= 40 } && !name.AsSpan().ContainsAnyExcept(PlacementChars);

    private Task<IReadOnlyList<Engagement>> Unavailable(string problem)
    {
        Log.EngagementsUnavailable(_logger, _once.Level(problem, LogLevel.Warning), problem);
        return DecisionSource.Empty;
    }
}
