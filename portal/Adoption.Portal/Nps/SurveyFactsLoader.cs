using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Nps;

/// <summary>Reads <see cref="SurveyFacts"/> for one person in four narrow queries, only when a survey is among the candidates.</summary>
public static class SurveyFactsLoader
{
    public static string RespondentKey(int? contactId, string? userId) => contactId is { } c ? $"c:{c}" : $"u:{userId}";

    public static async Task<SurveyFacts> LoadAsync(AdoptionDb db, UserFacts facts, IReadOnlyList<int> surveys, DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-400);
        var today = DateOnly.FromDateTime(now);
        var activeSince = today.AddDays(-30);
        var id = facts.AccountId;
        var active = await db.UserDays.AsNoTracking().CountAsync(d => d.AccountId == id && d.UserKey == facts.UserId && d.Day > activeSince, cancellationToken);
        var answers = await db.NpsResponses.AsNoTracking()
            .Where(n => n.AccountId == id && n.EngagementId != null && EF.Parameter(surveys).Contains(n.EngagementId.Value) && n.RespondedAt > since)
            .Select(n => new SurveyAnswerFact(n.EngagementId!.Value, n.Respondent ?? "", n.Period ?? "", n.RespondedAt))
            .ToListAsync(cancellationToken);
        var roles = await RoleLastAnswerAsync(db, id, cancellationToken);
        var askLater = await db.EngagementOutcomes.AsNoTracking()
            .Where(o => o.UserId == facts.UserId && o.Kind == OutcomeKind.Snoozed && EF.Parameter(surveys).Contains(o.EngagementId) && o.Day > DateOnly.FromDateTime(since))
            .Select(o => new { o.EngagementId, o.Day })
            .ToListAsync(cancellationToken);
        return new SurveyFacts(
            RespondentKey(facts.ContactId, facts.UserId), active, answers, roles,
            askLater.GroupBy(a => a.EngagementId).ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)g.Select(a => a.Day).ToList()));
    }

    /// <summary>Every role among the account's current people, with its last NPS answer from anyone in that role.</summary>
    public static async Task<IReadOnlyDictionary<ContactRole, DateTime?>> RoleLastAnswerAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken)
    {
        var present = await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId && c.LeftAt == null)
            .Select(c => c.Role).Distinct().ToListAsync(cancellationToken);
        var answered = await db.NpsResponses.AsNoTracking().Where(n => n.AccountId == accountId)
            .Select(n => new { Role = n.Role ?? db.Contacts.Where(c => c.Id == n.ContactId).Select(c => (ContactRole?)c.Role).FirstOrDefault(), n.RespondedAt })
            .Where(n => n.Role != null)
            .GroupBy(n => n.Role)
            .Select(g => new { Role = g.Key!.Value, Last = g.Max(n => n.RespondedAt) })
            .ToListAsync(cancellationToken);
        return present.ToDictionary(r => r, r => answered.FirstOrDefault(a => a.Role == r)?.Last);
    }
}
