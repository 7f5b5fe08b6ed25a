using Adoption.Portal.Data;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>Training at the account: the person's own paths, paths to start, and progress per person and for the whole team.</summary>
public sealed class IndexModel(AdoptionDb db) : CustomerPageModel
{
    public sealed record PathRow(int Id, string Title, string? Description, int Modules, int Minutes);

    public sealed record EnrolmentRow(int Id, int PathId, int ContactId, int Done, DateTime? CompletedAt);

    public sealed record PersonRow(int ContactId, string Name);

    public IReadOnlyList<PathRow> Paths { get; private set; } = [];
    public IReadOnlyList<EnrolmentRow> Enrolments { get; private set; } = [];
    public IReadOnlyList<PersonRow> People { get; private set; } = [];
    public int? ContactId { get; private set; }

    public IEnumerable<EnrolmentRow> Mine => Enrolments.Where(e => e.ContactId == ContactId);

    public PathRow PathOf(EnrolmentRow e) => Paths.Single(p => p.Id == e.PathId);

    public int PercentOf(EnrolmentRow e) => EnrolmentProgress.Percent(e.Done, PathOf(e).Modules);

    public async Task<IActionResult> OnGetAsync()
    {
        ContactId = User.ContactIdOf();
        Paths = await db.TrainingPaths.AsNoTracking()
            .Where(p => p.AccountId == null || p.AccountId == AccountId)
            .OrderBy(p => p.AccountId == null).ThenBy(p => p.Id)
            .Select(p => new PathRow(p.Id, p.Title, p.Description, p.Modules.Count, p.Modules.Sum(m => m.Minutes)))
            .ToListAsync();
        var visiblePaths = Paths.Select(p => p.Id).ToList();
        Enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.AccountId == AccountId && visiblePaths.Contains(e.PathId))
            .Select(e => new EnrolmentRow(e.Id, e.PathId, e.ContactId, e.Completions.Count, e.CompletedAt))
            .ToListAsync();
        People = await db.Contacts.AsNoTracking()
            .Where(c => c.AccountId == AccountId && c.LeftAt == null)
            .OrderBy(c => c.Name)
            .Select(c => new PersonRow(c.Id, c.Name))
            .ToListAsync();
        return Page();
    }
}
