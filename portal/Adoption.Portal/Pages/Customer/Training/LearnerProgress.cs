using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>One person's badges and weekly streak, read from their completions and quiz tries.</summary>
public sealed record LearnerProgress(IReadOnlyList<Badge> Badges, int Streak)
{
    public static async Task<LearnerProgress> OfAsync(AdoptionDb db, int accountId, int contactId, DateTime now)
    {
        var enrolments = db.Enrolments.Where(e => e.AccountId == accountId && e.ContactId == contactId);
        var completions = await db.ModuleCompletions.AsNoTracking()
            .Join(enrolments, c => c.EnrolmentId, e => e.Id, (c, e) => c)
            .Join(db.TrainingModules, c => c.ModuleId, m => m.Id, (c, m) => new { c.ModuleId, m.KeyFeatureId, c.CompletedAt, c.UsedOn })
            .ToListAsync();
        var facts = completions
            .Select(c => new LearningFact(c.ModuleId, c.KeyFeatureId, c.UsedOn is { } day ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : c.CompletedAt, c.UsedOn is not null))
            .ToList();
        var tries = await db.QuizAttempts.AsNoTracking().Join(enrolments, a => a.EnrolmentId, e => e.Id, (a, e) => a.AttemptedAt).ToListAsync();
        var paths = await enrolments.AsNoTracking().Where(e => e.CompletedAt != null)
            .Select(e => new { e.Path!.Title, At = e.CompletedAt!.Value }).ToListAsync();
        var teaching = await db.TrainingModules.AsNoTracking()
            .Where(m => m.KeyFeatureId != null && enrolments.Any(e => e.PathId == m.PathId))
            .Join(db.KeyFeatures, m => m.KeyFeatureId, f => f.Id, (m, f) => new { m.Id, FeatureId = f.Id, f.Name })
            .ToListAsync();
        var featureModules = teaching.GroupBy(t => (t.FeatureId, t.Name))
            .Select(g => (g.Key.FeatureId, g.Key.Name, (IReadOnlyCollection<int>)g.Select(t => t.Id).ToList()));

        return new LearnerProgress(
            Gamification.BadgesOf(facts, paths.Select(p => (p.Title, p.At)), featureModules),
            Gamification.WeeklyStreak(facts.Select(f => f.At).Concat(completions.Select(c => c.CompletedAt)).Concat(tries), now));
    }
}
