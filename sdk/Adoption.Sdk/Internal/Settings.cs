using System.Net.Http.Headers;
using System.Text;

namespace Adoption.Sdk.Internal;

/// <summary>A validated copy of <see cref="AdoptionOptions"/>, so later changes by the host cannot affect a running client.</summary>
internal sealed record Settings(
    Uri BatchUri,
    string Credentials,
    int FlushAt,
    TimeSpan FlushInterval,
    int MaxQueueSize,
    int MaxBatchBytes,
    int MaxEventBytes,
    TimeSpan RequestTimeout,
    int MaxRetries,
    bool Gzip,
    TimeSpan ShutdownTimeout)
{
    public const int MinEventBytes = 1024;

    // The portal (like Segment) refuses a batch of more calls than this.
    public const int MaxFlushAt = 2500;

    // Room for {"batch":[...],"sentAt":"..."} around the messages.
    public const int BatchEnvelopeBytes = 1024;

    public AuthenticationHeaderValue Authorization() => new("Basic", Credentials);

    public Uri DecideUri { get; init; } = null!;

    public Uri OutcomesUri { get; init; } = null!;

    public Uri AnswersUri { get; init; } = null!;

    public Uri PortalLinksUri { get; init; } = null!;

    /// <summary>Basic credentials of the secret server key, or <see langword="null"/> when engagements are off.</summary>
    public string? ServerCredentials { get; init; }

    public TimeSpan DecisionTimeout { get; init; }

    public TimeSpan DecisionCacheDuration { get; init; }

    public int MaxCachedDecisions { get; init; }

    public string? DiskBufferPath { get; init; }

    public static Settings? TryCreate(AdoptionOptions options, out string problems)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.WriteKey))
        {
            errors.Add("WriteKey is required");
        }

        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Endpoint must be an absolute http or https address");
        }

        Check(errors, options.FlushAt is >= 1 and <= MaxFlushAt, $"FlushAt must be between 1 and {MaxFlushAt}");
        Check(errors, options.FlushInterval > TimeSpan.Zero, "FlushInterval must be positive");
        Check(errors, options.MaxQueueSize >= 1, "MaxQueueSize must be at least 1");
        Check(errors, options.MaxEventBytes >= MinEventBytes, $"MaxEventBytes must be at least {MinEventBytes}");
        Check(errors, options.MaxBatchBytes >= options.MaxEventBytes + BatchEnvelopeBytes && options.MaxBatchBytes <= AdoptionOptions.MaxBatchBytesLimit,
            $"MaxBatchBytes must be between MaxEventBytes + {BatchEnvelopeBytes} and {AdoptionOptions.MaxBatchBytesLimit}");
        Check(errors, options.RequestTimeout > TimeSpan.Zero, "RequestTimeout must be positive");
        Check(errors, options.MaxRetries >= 0, "MaxRetries must not be negative");
        Check(errors, options.ShutdownTimeout >= TimeSpan.Zero, "ShutdownTimeout must not be negative");
        Check(errors, options.DecisionTimeout > TimeSpan.Zero, "DecisionTimeout must be positive");
        Check(errors, options.DecisionCacheDuration >= TimeSpan.Zero, "DecisionCacheDuration must not be negative");
        Check(errors, options.MaxCachedDecisions >= 1, "MaxCachedDecisions must be at least 1");
        Check(errors, options.DiskBufferPath is null || !string.IsNullOrWhiteSpace(options.DiskBufferPath), "DiskBufferPath must not be blank");

        problems = string.Join("; ", errors);
        if (errors.Count > 0)
        {
            return null;
        }

        var root = WithTrailingSlash(options.Endpoint!);
        return new Settings(
            new Uri(root, "v1/batch"),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(options.WriteKey + ":")),
            options.FlushAt,
            options.FlushInterval,
            options.MaxQueueSize,
            options.MaxBatchBytes,
            options.MaxEventBytes,
            options.RequestTimeout,
            options.MaxRetries,
            options.Gzip,
            options.ShutdownTimeout)
        {
            DecideUri = new Uri(root, "v1/engagements/decide"),
            OutcomesUri = new Uri(root, "v1/engagements/outcomes"),
            AnswersUri = new Uri(root, "v1/surveys/answers"),
            PortalLinksUri = new Uri(root, "v1/portal-links"),
            ServerCredentials = string.IsNullOrWhiteSpace(options.ServerKey)
                ? null
                : Convert.ToBase64String(Encoding.UTF8.GetBytes(options.ServerKey.Trim() + ":")),
            DecisionTimeout = options.DecisionTimeout,
            DecisionCacheDuration = options.DecisionCacheDuration,
            MaxCachedDecisions = options.MaxCachedDecisions,
            DiskBufferPath = options.DiskBufferPath,
        };
    }

    private static void Check(List<string> errors, bool valid, string problem)
    {
        if (!valid)
        {
            errors.Add(problem);
        }
    }

    // "https://host/adoption" + "v1/batch" would replace "adoption"; the portal may live under a path.
    private static Uri WithTrailingSlash(Uri endpoint) =>
        endpoint.AbsolutePath.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
}
