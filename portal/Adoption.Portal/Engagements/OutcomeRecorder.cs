using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>
/// Stores outcomes the host reports. Each is keyed by engagement, user, kind and day (seen,
/// snoozed) or ever (dismissed, completed, cta), so a replay finds its row and changes nothing.
/// A seen outcome also records the attention touch, in the same save.
/// </summary>
public sealed class OutcomeRecorder(AdoptionDb db, EngagementTokens tokens, AttentionBudget budget, UserStateCache stateCache, TimeProvider clock)
{
    /// <summary>Outcome kinds on the wire.</summary>
    public static readonly IReadOnlyDictionary<string, OutcomeKind> Kinds = Enum.GetValues<OutcomeKind>()
        .ToDictionary(k => k.ToString().ToLowerInvariant(), k => k, StringComparer.Ordinal);

    public async Task<OutcomesResponse> RecordAsync(IReadOnlyList<OutcomeItem> items, CancellationToken cancellationToken)
    {
        try
        {
            return await TryRecordAsync(items, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent replay stored the same outcome first: once more, the replays are found and skipped.
            db.ChangeTracker.Clear();
            return await TryRecordAsync(items, cancellationToken);
        }
    }

    private async Task<OutcomesResponse> TryRecordAsync(IReadOnlyList<OutcomeItem> items, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rejected = new List<RejectedOutcome>();
        var accepted = 0;
        var engagements = new Dictionary<int, Engagement?>();
        var states = new Dictionary<(int, string), EngagementState>();
        var added = new HashSet<(int, string, OutcomeKind, DateOnly)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var (token, refusal) = tokens.Read(item.Token);
            if (token is null || refusal is not null)
            {
                rejected.Add(new RejectedOutcome(i, refusal ?? "token-invalid"));
                continue;
            }

            if (!string.Equals(token.UserId, item.UserId, StringComparison.Ordinal))
            {
                rejected.Add(new RejectedOutcome(i, "token-user-mismatch"));
                continue;
            }

            if (!engagements.TryGetValue(token.EngagementId, out var engagement))
            {
                engagement = engagements[token.EngagementId] = await db.Engagements.FirstOrDefaultAsync(e => e.Id == token.EngagementId, cancellationToken);
            }

            if (engagement is null)
            {
                // Deleted since the token was issued: nothing left to record against.
                rejected.Add(new RejectedOutcome(i, "token-invalid"));
                continue;
            }

            accepted++;
            var kind = Kinds[item.Kind!];
            // A clock ahead of ours must not snooze into the future or count a day not yet begun.
            var at = item.At?.UtcDateTime is { } sent && sent < now ? sent : now;
            var day = kind is OutcomeKind.Seen or OutcomeKind.Snoozed ? DateOnly.FromDateTime(at) : DateOnly.MinValue;
            var key = (engagement.Id, token.UserId, kind, day);
            if (added.Contains(key) || await db.EngagementOutcomes.AnyAsync(
                    o => o.EngagementId == engagement.Id && o.UserId == token.UserId && o.Kind == kind && o.Day == day, cancellationToken))
            {
                continue;
            }

            added.Add(key);
            db.EngagementOutcomes.Add(new EngagementOutcome
            {
                EngagementId = engagement.Id, UserId = token.UserId, AccountId = token.AccountId, Kind = kind, Day = day, At = at,
            });
            var state = await StateAsync(states, engagement.Id, token, cancellationToken);
            // The touch carries the contact too, so an emailed survey and this prompt count together.
            var subject = kind != OutcomeKind.Seen ? null : new AttentionSubject(token.AccountId,
                await db.Contacts.Where(c => c.ExternalId == token.UserId && c.AccountId == token.AccountId).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken),
                token.UserId);
            Apply(engagement, state, kind, at, subject);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var user in db.ChangeTracker.Entries<EngagementState>().Select(e => e.Entity.UserId).Distinct(StringComparer.Ordinal).ToList())
            {
                stateCache.Invalidate(user);
            }

            db.ChangeTracker.Clear();
        }

        return new OutcomesResponse(accepted, rejected);
    }

    private void Apply(Engagement engagement, EngagementState state, OutcomeKind kind, DateTime at, AttentionSubject? subject)
    {
        switch (kind)
        {
            case OutcomeKind.Seen:
                state.SeenCount++;
                state.FirstSeenAt = state.FirstSeenAt is { } first && first < at ? first : at;
                state.LastSeenAt = state.LastSeenAt is { } last && last > at ? last : at;
                budget.Record(EngagementEvaluator.AttentionRequestFor(engagement, subject!), EngagementEvaluator.Source(engagement));
                break;
            case OutcomeKind.Dismissed:
                state.DismissedAt ??= at;
                break;
            case OutcomeKind.Snoozed when engagement.SnoozeDays > 0:
                state.SnoozedUntil = at.AddDays(engagement.SnoozeDays);
                break;
            case OutcomeKind.Completed:
                state.CompletedAt ??= at;
                break;
            case OutcomeKind.Cta:
                state.CtaClickedAt ??= at;
                break;
        }
    }

    private async Task<EngagementState> StateAsync(Dictionary<(int, string), EngagementState> states, int engagementId, EngagementToken token, CancellationToken cancellationToken)
    {
        if (states.TryGetValue((engagementId, token.UserId), out var state))
        {
            return state;
        }

        state = await db.EngagementStates.FirstOrDefaultAsync(s => s.EngagementId == engagementId && s.UserId == token.UserId, cancellationToken);
        if (state is null)
        {
            state = new EngagementState { EngagementId = engagementId, UserId = token.UserId, AccountId = token.AccountId };
            db.EngagementStates.Add(state);
        }

        return states[(engagementId, token.UserId)] = state;
    }
}
