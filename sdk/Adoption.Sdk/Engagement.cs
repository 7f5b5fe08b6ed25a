namespace Adoption.Sdk;

/// <summary>
/// One nudge (or, later, survey) the portal decided to show a user now, in one placement of the host product.
/// Render it, then tell the portal what the user did with <see cref="IAdoptionClient.RecordOutcome"/> and
/// <see cref="Token"/>.
/// </summary>
public sealed class Engagement
{
    /// <summary>The portal's stable id of the engagement, for example <c>ngm_8f2k3j</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>How to show it.</summary>
    public EngagementKind Kind { get; init; }

    /// <summary>The host's placement name it was decided for, for example <c>home</c>.</summary>
    public string Placement { get; init; } = "";

    /// <summary>Higher first, when a placement shows more than one.</summary>
    public int Priority { get; init; }

    /// <summary>Whether the user may dismiss it.</summary>
    public bool Dismissible { get; init; }

    /// <summary>How many days a snooze hides it; 0 means no snooze is offered.</summary>
    public int SnoozeDays { get; init; }

    /// <summary>The CSS selector a tooltip points at; <see langword="null"/> for other kinds.</summary>
    public string? Anchor { get; init; }

    /// <summary>The text, already in the best language the portal has for the user.</summary>
    public EngagementContent Content { get; init; } = new();

    /// <summary>A checklist's steps, in order; empty for other kinds.</summary>
    public IReadOnlyList<ChecklistStep> Steps { get; init; } = [];

    /// <summary>
    /// Opaque and signed by the portal: binds this engagement to this user. Pass it back with every outcome; it
    /// expires after a day.
    /// </summary>
    public string Token { get; init; } = "";

    /// <summary>
    /// A survey's follow-up questions (the question itself is <see cref="EngagementContent.Title"/>);
    /// <see langword="null"/> for nudges. Send the answer with <see cref="IAdoptionClient.RecordSurveyAnswer"/>.
    /// </summary>
    public SurveyQuestions? Survey { get; init; }
}

/// <summary>An NPS survey's follow-up question, which depends on the score given (in the content's language).</summary>
public sealed class SurveyQuestions
{
    /// <summary>Asked after a 9 or 10.</summary>
    public string Promoter { get; init; } = "";

    /// <summary>Asked after a 7 or 8.</summary>
    public string Passive { get; init; } = "";

    /// <summary>Asked after 0 to 6.</summary>
    public string Detractor { get; init; } = "";

    /// <summary>The follow-up question for <paramref name="score"/>.</summary>
    /// <param name="score">0 to 10.</param>
    /// <returns>The question to ask next.</returns>
    public string For(int score) => score >= 9 ? Promoter : score >= 7 ? Passive : Detractor;
}

/// <summary>How an <see cref="Engagement"/> is shown. Kinds this version does not know are left out of results.</summary>
public enum EngagementKind
{
    /// <summary>A strip across the page that does not interrupt.</summary>
    Banner,

    /// <summary>A bubble pointing at one element of the page (<see cref="Engagement.Anchor"/>).</summary>
    Tooltip,

    /// <summary>Steps with progress that complete themselves from what the user does.</summary>
    Checklist,

    /// <summary>A dialog over the page that interrupts.</summary>
    Modal,

    /// <summary>A question to answer: an NPS score from 0 to 10 and a follow-up (<see cref="Engagement.Survey"/>).</summary>
    Survey,
}

/// <summary>The words of an <see cref="Engagement"/>.</summary>
public sealed class EngagementContent
{
    /// <summary>The language the text is in, for example <c>fi</c>.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>The headline.</summary>
    public string Title { get; init; } = "";

    /// <summary>The text under it (plain text).</summary>
    public string Body { get; init; } = "";

    /// <summary>The call to action's label, or <see langword="null"/> when there is none.</summary>
    public string? CtaLabel { get; init; }

    /// <summary>Where the call to action leads in the host product, or <see langword="null"/>.</summary>
    public string? CtaUrl { get; init; }
}

/// <summary>One step of a checklist.</summary>
public sealed class ChecklistStep
{
    /// <summary>The step's stable key, for example <c>import-data</c>.</summary>
    public string Key { get; init; } = "";

    /// <summary>What the step asks the user to do.</summary>
    public string Label { get; init; } = "";

    /// <summary>Whether the user has done it (the portal knows from tracked events).</summary>
    public bool Done { get; init; }
}

/// <summary>What a user did with an <see cref="Engagement"/>.</summary>
public enum OutcomeKind
{
    /// <summary>It was shown. The portal counts a view once a day.</summary>
    Seen,

    /// <summary>The user closed it for good.</summary>
    Dismissed,

    /// <summary>The user asked to see it later (after <see cref="Engagement.SnoozeDays"/>).</summary>
    Snoozed,

    /// <summary>The user finished it (every step of a checklist, say).</summary>
    Completed,

    /// <summary>The user followed its call to action.</summary>
    Cta,
}
