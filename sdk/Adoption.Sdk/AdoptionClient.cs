using Adoption.Sdk.Internal;
using Adoption.Sdk.Internal.Engagements;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk;

/// <summary>
/// Sends feature-adoption messages to the Adoption portal in batches, from a background task, and asks it which
/// engagements (nudges) to show a user. Create one per process (or register it with
/// <see cref="AdoptionServiceCollectionExtensions.AddAdoption"/>) and dispose it at shutdown so queued messages
/// and outcomes are sent.
/// </summary>
/// <remarks>
/// No method throws into the host, waits for the network, or holds a lock while sending. Problems are logged
/// through <see cref="ILoggerFactory"/> (category <c>Adoption.Sdk.AdoptionClient</c>) and counted in
/// <see cref="Statistics"/>.
/// </remarks>
public sealed class AdoptionClient : IAdoptionClient, IAsyncDisposable, IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> the client asks an <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "Adoption.Sdk";

    private readonly Pipeline? _pipeline;
    private readonly EngagementClient? _engagements;
    private readonly DiskSpool? _spool;
    private readonly Counters _counters = new();
    private readonly LogOnce _once = new();
    private readonly TimeProvider _time;
    private readonly CallClock _clock;
    private readonly ILogger _logger;

    /// <summary>Creates a client and starts its background sender.</summary>
    /// <param name="options">Settings; copied, so later changes have no effect. Invalid settings are logged and
    /// turn the client into a no-op rather than throwing.</param>
    /// <param name="httpClientFactory">Where to get HTTP clients (named <see cref="HttpClientName"/>). Default: the
    /// client owns one <see cref="HttpClient"/>.</param>
    /// <param name="timeProvider">The clock for timestamps, batching and retries. Default: <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where problems are logged. Default: nowhere.</param>
    public AdoptionClient(AdoptionOptions options, IHttpClientFactory? httpClientFactory = null,
        TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = timeProvider ?? TimeProvider.System;
        _clock = new CallClock(_time);
        _logger = SafeLogger.Create(loggerFactory);
        if (!options.Enabled)
        {
            return;
        }

        if (Settings.TryCreate(options, out var problems) is { } settings)
        {
            // One folder for events and outcomes, so one lock keeps a second client off both.
            _spool = settings.DiskBufferPath is { } folder ? DiskSpool.TryOpen(folder, _logger) : null;
            _pipeline = new Pipeline(settings, httpClientFactory, _time, _logger, _counters, _once, _spool);
            _engagements = new EngagementClient(settings, httpClientFactory, _time, _logger, _once, _spool);
        }
        else
        {
            Log.OptionsInvalid(_logger, problems);
        }
    }

    /// <inheritdoc />
    public AdoptionStatistics Statistics => _counters.Snapshot();

    /// <inheritdoc />
    public void Track(string? userId, string eventName, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null)
    {
        if (_pipeline is not null)
        {
            Accept(new Envelope("track", userId, options) { Event = eventName, Properties = properties },
                Missing(eventName, "no event name"));
        }
    }

    /// <inheritdoc />
    public void Identify(string? userId, UserTraits? traits = null, MessageOptions? options = null)
    {
        if (_pipeline is not null)
        {
            Accept(new Envelope("identify", userId, options) { TraitsSource = traits }, null);
        }
    }

    /// <inheritdoc />
    public void Group(string? userId, string groupId, GroupTraits? traits = null, MessageOptions? options = null)
    {
        if (_pipeline is not null)
        {
            Accept(new Envelope("group", userId, options) { GroupId = groupId, TraitsSource = traits },
                Missing(groupId, "no group id"));
        }
    }

    /// <inheritdoc />
    public void Page(string? userId, string? name, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null)
    {
        if (_pipeline is not null)
        {
            Accept(new Envelope("page", userId, options) { Name = name, Properties = properties }, null);
        }
    }

    /// <inheritdoc />
    public void Screen(string? userId, string? name, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null)
    {
        if (_pipeline is not null)
        {
            Accept(new Envelope("screen", userId, options) { Name = name, Properties = properties }, null);
        }
    }

    /// <inheritdoc />
    public void Alias(string userId, string previousId, MessageOptions? options = null)
    {
        if (_pipeline is not null)
        {
            Accept(new Envelope("alias", userId, options) { PreviousId = previousId },
                Missing(userId, "no user id") ?? Missing(previousId, "no previous id"));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Engagement>> GetEngagementsAsync(string userId, IEnumerable<string> placements, string? locale = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return _engagements?.GetAsync(userId, placements, locale, cancellationToken) ?? DecisionSource.Empty;
        }
#pragma warning disable CA1031 // The host's page must render whatever goes wrong here: without engagements.
        catch (Exception)
#pragma warning restore CA1031
        {
            return DecisionSource.Empty;
        }
    }

    /// <inheritdoc />
    public async Task<Uri?> CreatePortalLinkAsync(string userId, string? returnPath = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return _engagements is null ? null : await _engagements.CreatePortalLinkAsync(userId, returnPath, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The host's click must be answered whatever goes wrong here: without a link.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void RecordSurveyAnswer(string userId, string token, int score, string? comment = null, bool? mayContact = null, DateTimeOffset? at = null)
    {
        try
        {
            _engagements?.RecordAnswer(userId, token, score, comment, mayContact, at);
        }
#pragma warning disable CA1031 // As with Track: nothing here may reach the host.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <inheritdoc />
    public void RecordOutcome(string userId, string token, OutcomeKind kind, DateTimeOffset? at = null)
    {
        try
        {
            _engagements?.Record(userId, token, kind, at);
        }
#pragma warning disable CA1031 // As with Track: nothing here may reach the host.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <inheritdoc />
    /// <remarks>Outcomes recorded before the call are sent too.</remarks>
    public Task FlushAsync(CancellationToken cancellationToken = default) =>
        _pipeline is null
            ? Task.CompletedTask
            : Task.WhenAll(_pipeline.FlushAsync(cancellationToken), _engagements!.FlushAsync(cancellationToken));

    /// <summary>
    /// Stops taking messages and sends what is queued (events and outcomes), for at most
    /// <see cref="AdoptionOptions.ShutdownTimeout"/>. Messages still unsent then are counted in
    /// <see cref="AdoptionStatistics.DroppedUndeliverable"/>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_pipeline is not null)
        {
            await Task.WhenAll(_pipeline.DisposeAsync().AsTask(), _engagements!.DisposeAsync().AsTask()).ConfigureAwait(false);
            _spool?.Dispose();
        }
    }

    /// <summary>
    /// Same as <see cref="DisposeAsync"/>, blocking the calling thread for at most
    /// <see cref="AdoptionOptions.ShutdownTimeout"/>; for hosts that dispose synchronously.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static string? Missing(string? value, string problem) => string.IsNullOrWhiteSpace(value) ? problem : null;

    private void Accept(Envelope message, string? problem)
    {
        try
        {
            _counters.Received();
            problem ??= string.IsNullOrWhiteSpace(message.UserId) && string.IsNullOrWhiteSpace(message.AnonymousId)
                ? "no user id and no anonymous id"
                : null;
            if (problem is null)
            {
                var now = _clock.UtcNow();
                message.Timestamp = message.RequestedTimestamp ?? now;
                // One clock read per call: the message id and the batch deadline are derived on the sender's thread.
                message.QueuedAt = now.UtcTicks;
                problem = _pipeline!.TryEnqueue(message) ? null : "the client is disposed";
            }

            if (problem is not null)
            {
                _counters.DroppedInvalid();
                Log.MessageDropped(_logger, _once.Level(problem, LogLevel.Warning), message.Type, problem);
            }
        }
#pragma warning disable CA1031 // Whatever goes wrong here (a host logger that throws, say), the host must not see it.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
