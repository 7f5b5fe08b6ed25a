namespace Adoption.Portal.Engagements;

// The wire contract of /v1/engagements/* (docs: ENGAGEMENTS-WIRE in the SDK's README). Enums travel
// as lower-case strings, so they are strings here.

/// <summary>Which engagements a host-product user should see now.</summary>
/// <param name="UserId">The host's userId, as in track and group calls.</param>
/// <param name="GroupId">The host's groupId; defaults to the user's known account.</param>
/// <param name="Locale">Preferred language (en, fi, it, zh-Hans); falls back to the account's language, then English.</param>
/// <param name="Placements">1 to 10 placement names ([a-z0-9-_]{1,40}) on the page being rendered.</param>
public sealed record DecideRequest(string? UserId, string? GroupId, string? Locale, List<string?>? Placements);

public sealed record DecideResponse(string UserId, int CacheSeconds, IReadOnlyList<DecidedEngagement> Engagements);

/// <param name="Id">Stable engagement id.</param>
/// <param name="Kind">banner, tooltip, checklist, modal or survey; clients ignore kinds they do not know.</param>
/// <param name="SnoozeDays">0 when no snooze is offered.</param>
/// <param name="Anchor">CSS selector, tooltips only.</param>
/// <param name="Steps">Checklist steps; empty for other kinds.</param>
/// <param name="Token">Opaque, signed, expires in 24 hours; send it back with each outcome.</param>
/// <param name="Survey">A survey's follow-up questions; null for nudges. The question is <c>content.title</c>.</param>
public sealed record DecidedEngagement(
    string Id, string Kind, string Placement, int Priority, bool Dismissible, int SnoozeDays, string? Anchor,
    DecidedContent Content, IReadOnlyList<DecidedStep> Steps, string Token,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] DecidedSurvey? Survey = null);

/// <summary>The follow-up question by the score given: 9–10, 7–8, 0–6 (in the content's language).</summary>
public sealed record DecidedSurvey(string Promoter, string Passive, string Detractor);

public sealed record DecidedContent(string Locale, string Title, string Body, string? CtaLabel, string? CtaUrl);

public sealed record DecidedStep(string Key, string Label, bool Done);

/// <summary>What happened to engagements in the host product: 1 to 100 outcomes.</summary>
public sealed record OutcomesRequest(List<OutcomeItem?>? Outcomes);

/// <param name="Token">The token the engagement came with.</param>
/// <param name="UserId">The signed-in user who acted; must be the token's user.</param>
/// <param name="Kind">seen, dismissed, snoozed, completed or cta.</param>
/// <param name="At">When it happened (UTC); defaults to the time it arrives.</param>
public sealed record OutcomeItem(string? Token, string? UserId, string? Kind, DateTimeOffset? At);

/// <param name="Accepted">Outcomes stored (a replay is accepted and changes nothing).</param>
/// <param name="Rejected">Outcomes refused, by index: token-invalid, token-expired or token-user-mismatch.</param>
public sealed record OutcomesResponse(int Accepted, IReadOnlyList<RejectedOutcome> Rejected);

public sealed record RejectedOutcome(int Index, string Reason);
