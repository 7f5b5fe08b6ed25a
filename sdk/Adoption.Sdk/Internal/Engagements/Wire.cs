using System.Text.Json.Serialization;

namespace Adoption.Sdk.Internal.Engagements;

// The shapes of POST /v1/engagements/decide and /outcomes (docs: the engagements wire contract). Kinds travel as
// strings so a kind this version does not know is skipped instead of failing the whole answer.

internal sealed record DecideRequest(string UserId, string? Locale, IReadOnlyList<string> Placements);

internal sealed class DecideResponse
{
    public int? CacheSeconds { get; set; }

    public List<WireEngagement>? Engagements { get; set; }
}

internal sealed class WireEngagement
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Placement { get; set; }

    public int Priority { get; set; }

    public bool Dismissible { get; set; }

    public int SnoozeDays { get; set; }

    public string? Anchor { get; set; }

    public WireContent? Content { get; set; }

    public List<WireStep>? Steps { get; set; }

    public string? Token { get; set; }

    public WireSurvey? Survey { get; set; }
}

internal sealed class WireContent
{
    public string? Locale { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public string? CtaLabel { get; set; }

    public string? CtaUrl { get; set; }
}

internal sealed class WireStep
{
    public string? Key { get; set; }

    public string? Label { get; set; }

    public bool Done { get; set; }
}

internal sealed record OutcomesRequest(IReadOnlyList<WireOutcome> Outcomes);

// UTC DateTime so "at" is written as the contract shows it: 2026-12-02T10:00:00Z.
internal sealed record WireOutcome(string Token, string UserId, string Kind, DateTime At)
{
    // A survey answer (kind "answered") goes to /v1/surveys/answers with these; outcomes never carry them.
    public int? Score { get; init; }

    public string? Comment { get; init; }

    public bool? MayContact { get; init; }
}

internal sealed record AnswerRequest(string Token, string UserId, int Score, string? Comment, bool? MayContact, DateTime At);

internal sealed class WireSurvey
{
    public string? Promoter { get; set; }

    public string? Passive { get; set; }

    public string? Detractor { get; set; }
}

internal sealed record PortalLinkRequest(string UserId, string? ReturnPath);

internal sealed class PortalLinkResponse
{
    public string? Url { get; init; }
}

// Source-generated so the engagement calls stay trimming and AOT safe, like the events.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DecideRequest))]
[JsonSerializable(typeof(DecideResponse))]
[JsonSerializable(typeof(OutcomesRequest))]
[JsonSerializable(typeof(WireOutcome))]
[JsonSerializable(typeof(AnswerRequest))]
[JsonSerializable(typeof(PortalLinkRequest))]
[JsonSerializable(typeof(PortalLinkResponse))]
internal sealed partial class EngagementJsonContext : JsonSerializerContext;
