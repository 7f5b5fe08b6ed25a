using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>One user's facts and state and the decision on each engagement looked at.</summary>
public sealed record UserDecisions(UserFacts Facts, IReadOnlyDictionary<int, EngagementState> States, IReadOnlyList<EngagementDecision> Decisions);

/// <summary>
/// Loads what a decision needs for one user (facts, state, recent attention: a handful of queries)
/// and runs <see cref="EngagementEvaluator"/>. The decide API, the preview and "why not shown" come
/// through here, so they see the same inputs as well as the same rules.
/// </summary>
public sealed class EngagementDecider(
    AdoptionDb db, LiveEngagements live, UserFactsCache factsCache, UserStateCache stateCache, Nps.SurveyFactsCache surveyCache, AttentionBudget budget, EngagementTokens tokens, TimeProvider clock)
{
    public const int CacheSeconds = 60;

    /// <summary>
    /// Evaluates <paramref name="engagements"/> (or the live ones in <paramref name="placements"/>) for
    /// the user, without changing anything. Null when the user is unknown. The preview and "why not
    /// shown" read fresh facts; the API may take them from <see cref="UserFactsCache"/>.
    /// </summary>
    public async Task<UserDecisions?> EvaluateAsync(
        string userId, string? groupId, IReadOnlyCollection<string>? placements, IReadOnlyList<Engagement>? engagements, CancellationToken cancellationToken,
        bool cachedFacts = false)
    {
        var snapshot = await live.GetAsync(cancellationToken);
        // "Why not shown" may ask about a draft: its steps' events are read too.
        var stepEvents = engagements is null ? snapshot.StepEvents : [.. snapshot.StepEvents.Union(LiveSnapshot.StepEventsOf(engagements), StringComparer.Ordinal)];
        var facts = cachedFacts
            ? await factsCache.GetAsync(userId, groupId, () => UserFactsLoader.LoadAsync(db, userId, groupId, snapshot, stepEvents, cancellationToken))
            : await UserFactsLoader.LoadAsync(db, userId, groupId, snapshot, stepEvents, cancellationToken);
        if (facts is null)
        {
            return null;
        }

        var candidates = (engagements ?? snapshot.Live).Where(e => placements is null || placements.Contains(e.Placement)).ToList();
        IReadOnlyDictionary<int, EngagementState> states = candidates.Count == 0 ? new Dictionary<int, EngagementState>()
            : cachedFacts ? await stateCache.GetAsync(db, userId, facts.AccountId, cancellationToken)
            : await UserStateCache.LoadAsync(db, userId, facts.AccountId, cancellationToken);
        var subject = new AttentionSubject(facts.AccountId, facts.ContactId, userId);
        var touches = candidates.Count == 0 ? []
            : cachedFacts ? await budget.LoadRecentCachedAsync(subject, cancellationToken)
            : await budget.LoadRecentAsync(subject, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // Surveys need their answers (kept until one is saved at the account, so an answer counts at once); nudges never pay for them.
        var surveys = candidates.Where(e => e.Kind == EngagementKind.Survey).Select(e => e.Id).ToList();
        var survey = surveys.Count == 0 ? null
            : cachedFacts ? await surveyCache.GetAsync(userId, facts.AccountId, surveys, () => Nps.SurveyFactsLoader.LoadAsync(db, facts, surveys, now, cancellationToken))
            : await Nps.SurveyFactsLoader.LoadAsync(db, facts, surveys, now, cancellationToken);
        var decisions = candidates.Select(e => EngagementEvaluator.Evaluate(e, facts, states.GetValueOrDefault(e.Id),
            AttentionRules.Check(budget.Limits, touches, EngagementEvaluator.AttentionRequestFor(e, subject), now), now, survey)).ToList();
        return new UserDecisions(facts, states, EngagementEvaluator.Choose(decisions));
    }

    /// <summary>The wire answer: what to show now, each with its content in the best language and a token.</summary>
    public async Task<DecideResponse> DecideAsync(string userId, string? groupId, string? locale, IReadOnlyCollection<string> placements, CancellationToken cancellationToken)
    {
        // One connection for the decision's few queries instead of an open and close around each.
        await db.Database.OpenConnectionAsync(cancellationToken);
        UserDecisions? result;
        try
        {
            result = await EvaluateAsync(userId, groupId, placements, null, cancellationToken, cachedFacts: true);
            if (result is null)
            {
                return new DecideResponse(userId, CacheSeconds, []);
            }

            await RecordEligibilityAsync(result, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var shown = result.Decisions.Where(d => d.Show)
            .OrderByDescending(d => d.Engagement.Priority).ThenBy(d => d.Engagement.Id)
            .Select(d => Wire(d.Engagement, result.Facts, locale))
            .ToList();
        return new DecideResponse(userId, CacheSeconds, shown);
    }

    /// <summary>The content in the first language that has it: the asked one, the person's, the account's, English.</summary>
    public static EngagementContent? Content(Engagement engagement, string? locale, UserFacts facts) =>
        new[] { locale, facts.ContactLocale, facts.AccountLocale, Locales.Default }
            .Where(l => l is not null)
            .Select(l => engagement.Content.FirstOrDefault(c => string.Equals(c.Locale, l, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(c => c is not null)
        ?? engagement.Content.FirstOrDefault();

    private DecidedEngagement Wire(Engagement e, UserFacts facts, string? locale)
    {
        var content = Content(e, locale, facts);
        var language = content?.Locale ?? Locales.Default;
        return new DecidedEngagement(
            e.PublicId, e.Kind.ToString().ToLowerInvariant(), e.Placement, e.Priority, e.Dismissible, e.SnoozeDays,
            e.Kind == EngagementKind.Tooltip ? e.Anchor : null,
            new DecidedContent(language, content?.Title ?? e.Name, content?.Body ?? "", content?.CtaLabel, content?.CtaUrl),
            e.Kind == EngagementKind.Checklist
                ? EngagementEvaluator.Steps(e, facts).Select(s => new DecidedStep(s.Step.Key, Label(s.Step, language), s.Done)).ToList()
                : [],
            tokens.Issue(e.Id, facts.UserId, facts.AccountId),
            e.Kind == EngagementKind.Survey ? Nps.SurveyWire.For(e, language) : null);
    }

    private static string Label(ChecklistStep step, string locale) =>
        step.Label.GetValueOrDefault(locale) ?? step.Label.GetValueOrDefault(Locales.Default) ?? step.Key;

    // The first time a person is eligible fixes the start of their lift window and their group.
    // Only new eligibility writes, so a steady stream of decisions reads and never writes.
    private async Task RecordEligibilityAsync(UserDecisions result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var added = false;
        foreach (var decision in result.Decisions.Where(d => d.Eligible))
        {
            if (result.States.TryGetValue(decision.Engagement.Id, out var state))
            {
                if (state.FirstEligibleAt is not null)
                {
                    continue;
                }

                // A copy: the one read may be shared with other decisions through the state cache.
                db.EngagementStates.Attach(state = Copy(state));
                state.FirstEligibleAt = now;
                state.HeldOut = decision.HeldOut;
            }
            else
            {
                db.EngagementStates.Add(new EngagementState
                {
                    EngagementId = decision.Engagement.Id, UserId = result.Facts.UserId, AccountId = result.Facts.AccountId,
                    FirstEligibleAt = now, HeldOut = decision.HeldOut,
                });
            }

            added = true;
        }

        if (!added)
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent decision for the same person wrote it first; theirs stands.
        }
        finally
        {
            db.ChangeTracker.Clear();
            stateCache.Invalidate(result.Facts.UserId);
        }
    }

    private static EngagementState Copy(EngagementState s) => new()
    {
        EngagementId = s.EngagementId, UserId = s.UserId, AccountId = s.AccountId, SeenCount = s.SeenCount,
        FirstSeenAt = s.FirstSeenAt, LastSeenAt = s.LastSeenAt, DismissedAt = s.DismissedAt, SnoozedUntil = s.SnoozedUntil,
        CompletedAt = s.CompletedAt, CtaClickedAt = s.CtaClickedAt, FirstEligibleAt = s.FirstEligibleAt, HeldOut = s.HeldOut,
    };
}
