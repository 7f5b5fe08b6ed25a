namespace Adoption.Sdk;

/// <summary>
/// Settings for <see cref="AdoptionClient"/>. Only <see cref="WriteKey"/> and <see cref="Endpoint"/> are required;
/// every other setting has a default that suits a typical web application.
/// </summary>
/// <remarks>
/// The client copies these values when it is created; later changes to this object have no effect.
/// Invalid settings never throw: the client logs one error naming every problem and then behaves like
/// <see cref="NoOpAdoptionClient"/>.
/// </remarks>
public sealed class AdoptionOptions
{
    /// <summary>The largest batch body the portal accepts, in bytes (500 KB).</summary>
    public const int MaxBatchBytesLimit = 500_000;

    /// <summary>
    /// The write key of the source in the portal (Settings → Write keys). Sent as the user name of HTTP Basic
    /// authentication. Required; there is no default.
    /// </summary>
    public string? WriteKey { get; set; }

    /// <summary>
    /// The base address of the Adoption portal, for example <c>https://adoption.example.com/</c>. Events go to
    /// <c>{Endpoint}/v1/batch</c>. Required (absolute http or https address); there is no default.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>
    /// Set to <see langword="false"/> to turn the client off (for example in development): calls do nothing and
    /// no connection is made. Default: <see langword="true"/>.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// A batch is sent as soon as it holds this many messages. Default: 100. Must be between 1 and 2,500 (the
    /// portal's limit per batch).
    /// </summary>
    public int FlushAt { get; set; } = 100;

    /// <summary>
    /// The longest a message waits in a partial batch before the batch is sent. Default: 10 seconds. Must be
    /// positive.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many messages may wait to be sent. When the queue is full (the portal is down or the host sends
    /// faster than the network allows) the oldest waiting message is dropped and counted in
    /// <see cref="AdoptionStatistics.DroppedQueueFull"/>. Default: 10,000. Must be at least 1.
    /// </summary>
    public int MaxQueueSize { get; set; } = 10_000;

    /// <summary>
    /// The largest request body, in bytes, before compression. Default: 475,000 (under the portal's
    /// 500 KB limit, <see cref="MaxBatchBytesLimit"/>). Must be between 1 KB above <see cref="MaxEventBytes"/>
    /// and <see cref="MaxBatchBytesLimit"/>.
    /// </summary>
    public int MaxBatchBytes { get; set; } = 475_000;

    /// <summary>
    /// The largest single message, in bytes of JSON. Larger messages are dropped, logged and counted in
    /// <see cref="AdoptionStatistics.DroppedInvalid"/>. Default: 32 KB (32,768). Must be at least 1,024.
    /// </summary>
    public int MaxEventBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// How long one HTTP request may take before it is abandoned and retried. Default: 10 seconds. Must be
    /// positive.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times a batch is sent again after a network failure, a timeout, HTTP 429 or HTTP 5xx, with
    /// exponential backoff (1 s doubling up to 30 s, with jitter) or the server's <c>Retry-After</c>. Retries
    /// re-send the same message ids, so the portal stores each message once. Default: 8 (about two minutes of
    /// outage). 0 turns retries off. Must not be negative.
    /// </summary>
    public int MaxRetries { get; set; } = 8;

    /// <summary>
    /// Compress request bodies with gzip (<c>Content-Encoding: gzip</c>). Default: <see langword="true"/>.
    /// </summary>
    public bool Gzip { get; set; } = true;

    /// <summary>
    /// How long disposing the client may take to send what is still queued, retries included. Messages still
    /// unsent then are counted in <see cref="AdoptionStatistics.DroppedUndeliverable"/>. Default: 5 seconds.
    /// Must not be negative.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>
    /// The secret server key of the product environment in the portal (Settings → Write keys → server keys),
    /// needed only for engagements (<see cref="IAdoptionClient.GetEngagementsAsync"/> and
    /// <see cref="IAdoptionClient.RecordOutcome"/>). Keep it on the server: it must never reach a browser.
    /// Default: none, and then engagements are always empty (logged once) while events still flow.
    /// </summary>
    public string? ServerKey { get; set; }

    /// <summary>
    /// The longest <see cref="IAdoptionClient.GetEngagementsAsync"/> waits for the portal when it has no
    /// decision for the user in its cache; past it the call returns an empty list and the answer, when it comes,
    /// fills the cache for the next page view. Default: 200 milliseconds. Must be positive.
    /// </summary>
    public TimeSpan DecisionTimeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long a decision is reused for the same user and placements before the portal is asked again (the
    /// portal's own <c>cacheSeconds</c> wins when it is shorter). While the portal is down an older decision is
    /// served for up to an hour. Default: 60 seconds. Zero asks every time (concurrent requests still share one
    /// call). Must not be negative.
    /// </summary>
    public TimeSpan DecisionCacheDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many decisions (user and placements) the cache holds; past it the expired ones are evicted, then the
    /// rest. Default: 10,000. Must be at least 1.
    /// </summary>
    public int MaxCachedDecisions { get; set; } = 10_000;

    /// <summary>
    /// A folder where queued events are also written, so they survive a restart of the process (desktop and
    /// offline hosts). Events found there at start are sent first, with their original message ids, so the
    /// portal stores each once. Default: <see langword="null"/>, events live only in memory.
    /// </summary>
    public string? DiskBufferPath { get; set; }
}
