using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Training;

/// <summary>
/// Completes hands-on exercises from real use: an open exercise bound to a key feature is done once
/// the person's own host-product id (the contact's external id, as the tracking API keys people) has
/// used that feature at the person's account on or after the day they enrolled. It reads the
/// per-person rollups the ingestion writer already keeps, never raw events, and runs off the writer,
/// so the tracking API pays nothing for it.
/// </summary>
internal static class ExerciseVerifier
{
    public static async Task<int> RunAsync(AdoptionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var open = await (
            from e in db.Enrolments
            join m in db.TrainingModules on e.PathId equals m.PathId
            join c in db.Contacts on e.ContactId equals c.Id
            where m.Kind == ModuleKind.Exercise && m.KeyFeatureId != null && c.ExternalId != null && c.AccountId == e.AccountId
                && !db.ModuleCompletions.Any(x => x.EnrolmentId == e.Id && x.ModuleId == m.Id)
            select new Watch(e.Id, e.AccountId, c.ExternalId!, m.KeyFeatureId!.Value, e.EnrolledAt))
            .AsNoTracking().ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        var users = open.Select(w => w.UserKey).Distinct().ToList();
        var features = open.Select(w => w.FeatureId).Distinct().ToList();
        var accounts = open.Select(w => w.AccountId).Distinct().ToList();
        var since = DateOnly.FromDateTime(open.Min(w => w.EnrolledAt));
        var used = (await db.UserFeatureDays.AsNoTracking()
            .Where(r => accounts.Contains(r.AccountId) && users.Contains(r.UserKey) && features.Contains(r.FeatureId) && r.Day >= since)
            .Select(r => new { r.AccountId, r.UserKey, r.FeatureId, r.Day })
            .ToListAsync(cancellationToken))
            .ToLookup(r => (r.AccountId, r.UserKey, r.FeatureId), r => r.Day);

        var verified = 0;
        foreach (var enrolmentWatches in open.GroupBy(w => w.EnrolmentId))
        {
            var enrolment = await db.Enrolments.Include(e => e.Completions).SingleAsync(e => e.Id == enrolmentWatches.Key, cancellationToken);
            var moduleIds = await db.TrainingModules.Where(m => m.PathId == enrolment.PathId).Select(m => new { m.Id, m.KeyFeatureId, m.Kind }).ToListAsync(cancellationToken);
            foreach (var watch in enrolmentWatches)
            {
                var enrolledOn = DateOnly.FromDateTime(watch.EnrolledAt);
                var days = used[(watch.AccountId, watch.UserKey, watch.FeatureId)].Where(d => d >= enrolledOn).ToList();
                if (days.Count == 0)
                {
                    continue;
                }

                // Dated by the use, not by this pass: the day it happened (never before the person's other progress, never after now).
                var usedOn = days.Min();
                var at = enrolment.Completions.Select(c => c.CompletedAt).Append(enrolment.EnrolledAt)
                    .Append(usedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)).Max();
                at = at > now ? now : at;
                foreach (var module in moduleIds.Where(m => m.Kind == ModuleKind.Exercise && m.KeyFeatureId == watch.FeatureId))
                {
                    if (enrolment.MarkDone(module.Id, moduleIds.Select(m => m.Id).ToList(), at, usedOn) != ModuleDoneOutcome.AlreadyDone)
                    {
                        verified++;
                    }
                }
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The person finished the module another way at the same moment; the next pass sees it done.
                db.ChangeTracker.Clear();
            }
        }

        return verified;
    }

    private sealed record Watch(int EnrolmentId, int AccountId, string UserKey, int FeatureId, DateTime EnrolledAt);
}
