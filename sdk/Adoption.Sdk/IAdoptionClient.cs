namespace Adoption.Sdk;

/// <summary>
/// Sends what people do in your product to the Adoption portal. Every method only queues the message and
/// returns at once: no I/O, no exception, no waiting. Invalid messages are logged and dropped.
/// </summary>
/// <remarks>
/// Dictionaries passed in are read on a background thread shortly after the call: pass a dictionary you do not
/// change afterwards. Values may be strings, numbers, booleans, dates, <see cref="Guid"/>s, enums, nested
/// dictionaries and sequences; anything else is sent as its <see cref="object.ToString"/>.
/// </remarks>
public interface IAdoptionClient
{
    /// <summary>Records that a user did something, for example <c>"Report Created"</c>.</summary>
    /// <param name="userId">Your product's id for the user; may be <see langword="null"/> when
    /// <see cref="MessageOptions.AnonymousId"/> is given.</param>
    /// <param name="eventName">What happened, in the words of the portal's feature catalogue.</param>
    /// <param name="properties">Details of the event. Default: none.</param>
    /// <param name="options">Anonymous id, timestamp and context. Default: none.</param>
    void Track(string? userId, string eventName, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null);

    /// <summary>Tells the portal who a user is (email, name, role, locale).</summary>
    /// <param name="userId">Your product's id for the user; may be <see langword="null"/> when
    /// <see cref="MessageOptions.AnonymousId"/> is given.</param>
    /// <param name="traits">What is known about the user. Default: none.</param>
    /// <param name="options">Anonymous id, timestamp and context. Default: none.</param>
    void Identify(string? userId, UserTraits? traits = null, MessageOptions? options = null);

    /// <summary>Tells the portal which customer account (group) a user belongs to, and about that account.</summary>
    /// <param name="userId">Your product's id for the user; may be <see langword="null"/> when
    /// <see cref="MessageOptions.AnonymousId"/> is given.</param>
    /// <param name="groupId">Your product's id for the customer account.</param>
    /// <param name="traits">What is known about the account. Default: none.</param>
    /// <param name="options">Anonymous id, timestamp and context. Default: none.</param>
    void Group(string? userId, string groupId, GroupTraits? traits = null, MessageOptions? options = null);

    /// <summary>Records that a user viewed a page of a web product.</summary>
    /// <param name="userId">Your product's id for the user, or <see langword="null"/> with an anonymous id.</param>
    /// <param name="name">The page's name, if it has one.</param>
    /// <param name="properties">Details such as <c>path</c> or <c>url</c>. Default: none.</param>
    /// <param name="options">Anonymous id, timestamp and context. Default: none.</param>
    void Page(string? userId, string? name, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null);

    /// <summary>Records that a user viewed a screen of a desktop or mobile product.</summary>
    /// <param name="userId">Your product's id for the user, or <see langword="null"/> with an anonymous id.</param>
    /// <param name="name">The screen's name, if it has one.</param>
    /// <param name="properties">Details of the screen. Default: none.</param>
    /// <param name="options">Anonymous id, timestamp and context. Default: none.</param>
    void Screen(string? userId, string? name, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null);

    /// <summary>Links a user's earlier id (for example an anonymous id before sign-up) to their user id.</summary>
    /// <param name="userId">The user's id from now on.</param>
    /// <param name="previousId">The id the user had before.</param>
    /// <param name="options">Timestamp and context. Default: none.</param>
    void Alias(string userId, string previousId, MessageOptions? options = null);

    /// <summary>
    /// Sends every message queued before the call and waits until the portal has stored them or they were dropped
    /// (retries included). Never throws, except <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellationToken"/> is cancelled; cancelling only stops the waiting, not the sending.
    /// </summary>
    /// <param name="cancellationToken">Stops the waiting.</param>
    Task FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>What the client has done so far: received, delivered and dropped messages.</summary>
    AdoptionStatistics Statistics { get; }

    /// <summary>
    /// The engagements (nudges) the portal decided to show this user now, in these placements of your product.
    /// Never throws and never waits past <see cref="AdoptionOptions.DecisionTimeout"/>: a decision made in the
    /// last <see cref="AdoptionOptions.DecisionCacheDuration"/> comes from memory, concurrent calls for the same
    /// user share one request, and when the portal is down or slow the result is an earlier decision or empty.
    /// </summary>
    /// <param name="userId">The same user id the product sends in <see cref="Track"/> and <see cref="Identify"/>.</param>
    /// <param name="placements">1 to 10 placement names (a-z, 0-9, '-', '_'), for example <c>["home"]</c>.</param>
    /// <param name="locale">The user's language, for example <c>fi</c>; default: the account's language, then English.</param>
    /// <param name="cancellationToken">Stops the waiting (the result is then empty), not the request.</param>
    /// <returns>The engagements in the portal's order; empty when there are none or they cannot be had in time.</returns>
    Task<IReadOnlyList<Engagement>> GetEngagementsAsync(string userId, IEnumerable<string> placements, string? locale = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the portal what the user did with an engagement. Only queues it and returns at once; it is sent in
    /// the background and retried until the portal has it. A dismissal, snooze or completion also hides the
    /// engagement from this client's cached decisions for the user straight away.
    /// </summary>
    /// <param name="userId">The user the engagement was shown to; the portal refuses a token of another user.</param>
    /// <param name="token">The <see cref="Engagement.Token"/> it came with.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="at">When; default: now.</param>
    void RecordOutcome(string userId, string token, OutcomeKind kind, DateTimeOffset? at = null);

    /// <summary>
    /// A link that signs the user into the customer success portal (as the portal contact with this user id) and
    /// lands on <paramref name="returnPath"/>. Redirect the user's browser to it straight away: it works once,
    /// for five minutes. Needs <see cref="AdoptionOptions.ServerKey"/>; call it from your server only. Never throws.
    /// </summary>
    /// <param name="userId">The same user id the product sends in <see cref="Track"/> and <see cref="Identify"/>.</param>
    /// <param name="returnPath">A path on the portal, for example <c>/plan</c>; default: the portal's overview.</param>
    /// <param name="cancellationToken">Stops the waiting (the result is then <see langword="null"/>).</param>
    /// <returns>The link, or <see langword="null"/> when there is none (no server key, the portal is unreachable,
    /// or nobody with a portal sign-in has this user id); the reason is logged.</returns>
    Task<Uri?> CreatePortalLinkAsync(string userId, string? returnPath = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a user's answer to a survey (<see cref="EngagementKind.Survey"/>): a score from 0 to 10 and, if written, the
    /// follow-up. Queued with the outcomes and retried until the portal has it, with the server key: never waits, never
    /// throws. The portal keeps one answer per user, survey and period, so a repeat (a later follow-up) updates it.
    /// </summary>
    /// <param name="userId">The signed-in user who answered; the token's user.</param>
    /// <param name="token">The survey's <see cref="Engagement.Token"/>.</param>
    /// <param name="score">0 to 10; anything else is dropped and logged.</param>
    /// <param name="comment">The follow-up, up to 2,000 characters, or <see langword="null"/>.</param>
    /// <param name="mayContact">Whether the user agreed to be contacted about the answer; <see langword="null"/> leaves it as it was.</param>
    /// <param name="at">When they answered; default now.</param>
    void RecordSurveyAnswer(string userId, string token, int score, string? comment = null, bool? mayContact = null, DateTimeOffset? at = null);
}
