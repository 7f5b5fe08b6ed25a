using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Training;

/// <summary>Paths that start themselves: every active person matching an assignment (role, the account's
/// lifecycle stage) and not yet enrolled in its path is enrolled, so a new admin finds "Admin essentials" waiting.</summary>
internal static class AutoEnroller
{
    public static async Task<int> RunAsync(AdoptionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var assignments = await db.PathAssignments.AsNoTracking()
            .Join(db.TrainingPaths, a => a.PathId, p => p.Id, (a, p) => new { a.PathId, a.Role, a.Stage, PathAccountId = p.AccountId })
            .ToListAsync(cancellationToken);
        var enrolled = 0;
        foreach (var a in assignments)
        {
            var people = await db.Contacts.AsNoTracking()
                .Where(c => c.LeftAt == null && c.Account!.ArchivedAt == null
                    && (a.Role == null || c.Role == a.Role) && (a.Stage == null || c.Account!.Stage == a.Stage)
                    && (a.PathAccountId == null || c.AccountId == a.PathAccountId)
                    && !db.Enrolments.Any(e => e.ContactId == c.Id && e.PathId == a.PathId))
                .Select(c => new { c.Id, c.AccountId })
                .ToListAsync(cancellationToken);
            foreach (var person in people)
            {
                db.Enrolments.Add(new Enrolment
                {
                    PathId = a.PathId, AccountId = person.AccountId, ContactId = person.Id, EnrolledAt = now, Source = EnrolmentSource.Assigned,
                });
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                enrolled += people.Count;
            }
            catch (DbUpdateException)
            {
                // Someone enrolled themselves a moment ago; the next pass picks up whoever is still missing.
                db.ChangeTracker.Clear();
            }
        }

        return enrolled;
    }
}
