using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>A person marks one module of a path done.</summary>
public sealed class ModuleDoneInput
{
    public int ModuleId { get; set; }

    public sealed class Validator : AbstractValidator<ModuleDoneInput>
    {
        public Validator() => RuleFor(i => i.ModuleId).GreaterThan(0);
    }
}

/// <summary>Training paths a person may see and their own enrolments in them.</summary>
internal static class Enrolling
{
    /// <summary>The library's paths and the account's own; null when <paramref name="pathId"/> is neither.</summary>
    public static Task<TrainingPath?> VisiblePathAsync(AdoptionDb db, int accountId, int pathId) =>
        db.TrainingPaths.AsNoTracking().Include(p => p.Modules)
            .SingleOrDefaultAsync(p => p.Id == pathId && (p.AccountId == null || p.AccountId == accountId));

    /// <summary>The person's enrolment in the path (tracked, with completions), made if they had none.</summary>
    public static async Task<Enrolment> EnrolAsync(AdoptionDb db, int accountId, int contactId, int pathId, DateTime now, EnrolmentSource source = EnrolmentSource.Self)
    {
        var enrolment = await FindAsync(db, accountId, contactId, pathId);
        if (enrolment is not null)
        {
            return enrolment;
        }

        enrolment = new Enrolment { PathId = pathId, AccountId = accountId, ContactId = contactId, EnrolledAt = now, Source = source };
        db.Enrolments.Add(enrolment);
        try
        {
            await db.SaveChangesAsync();
            return enrolment;
        }
        catch (DbUpdateException)
        {
            // The same person enrolled from another tab a moment ago: theirs is the enrolment.
            db.ChangeTracker.Clear();
            return await FindAsync(db, accountId, contactId, pathId) ?? throw new InvalidOperationException("Enrolment vanished.");
        }
    }

    private static Task<Enrolment?> FindAsync(AdoptionDb db, int accountId, int contactId, int pathId) =>
        db.Enrolments.Include(e => e.Completions)
            .SingleOrDefaultAsync(e => e.AccountId == accountId && e.ContactId == contactId && e.PathId == pathId);
}
