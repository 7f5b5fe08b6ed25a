using System.Globalization;
using Adoption.Portal.Data;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Tenancy;

/// <summary>
/// For every page route that takes an id, a real id belonging to account 1 (Northwind), keyed by the
/// route's literal prefix. A page added with an id and no entry here fails the walk: add the query
/// that finds one of account 1's rows of the right kind, one the account's own admin may open.
/// </summary>
internal static class WalkIds
{
    private const int Northwind = 1;

    private static readonly Dictionary<string, Func<AdoptionDb, Task<int>>> ByPrefix = new()
    {
        // Customer pages: account 1's customers may open these; account 2's must get 404.
        ["plan/milestones/"] = db => db.Milestones.Where(m => m.Objective!.Plan!.AccountId == Northwind && m.CustomerVisible && m.Objective.CustomerVisible).Select(m => m.Id).FirstAsync(),
        ["plan/objectives/"] = db => db.Objectives.Where(o => o.Plan!.AccountId == Northwind && o.CustomerVisible).Select(o => o.Id).FirstAsync(),
        ["training/paths/"] = db => db.TrainingPaths.Where(p => p.AccountId == Northwind).Select(p => p.Id).FirstAsync(),
        ["training/certificates/"] = db => db.Enrolments.Where(e => e.AccountId == Northwind && e.CertificateCode != null && e.ContactId == db.Contacts.Where(c => c.Email == "anna@northwind.example").Select(c => c.Id).First()).Select(e => e.Id).FirstAsync(),
        ["training/quizzes/"] = db => db.TrainingModules.Where(m => m.Quiz != null && db.TrainingPaths.Any(p => p.Id == m.PathId && p.AccountId == Northwind)).Select(m => m.Id).FirstAsync(),
        ["team/contacts/"] = db => db.Contacts.Where(c => c.AccountId == Northwind && c.Email == "ben@northwind.example").Select(c => c.Id).FirstAsync(),

        // CSM pages: only vendor staff; every customer gets 403 whatever the id.
        ["csm/accounts/"] = _ => Task.FromResult(Northwind),
        ["csm/objectives/"] = db => db.Objectives.Where(o => o.Plan!.AccountId == Northwind).Select(o => o.Id).FirstAsync(),
        ["csm/metrics/"] = db => db.Metrics.Where(m => db.Objectives.Any(o => o.Id == m.ObjectiveId && o.Plan!.AccountId == Northwind)).Select(m => m.Id).FirstAsync(),
        ["csm/milestones/"] = db => db.Milestones.Where(m => m.Objective!.Plan!.AccountId == Northwind).Select(m => m.Id).FirstAsync(),
        ["csm/value/"] = db => db.ValueEntries.Where(v => v.AccountId == Northwind).Select(v => v.Id).FirstAsync(),
        ["csm/training-paths/"] = db => db.TrainingPaths.Where(p => p.AccountId == null).Select(p => p.Id).FirstAsync(),
        ["csm/training-modules/"] = db => db.TrainingModules.Select(m => m.Id).FirstAsync(),
        ["csm/features/"] = db => db.KeyFeatures.Select(f => f.Id).FirstAsync(),
        ["csm/templates/"] = db => db.PlanTemplates.Select(t => t.Id).FirstAsync(),
        ["csm/templates/objectives/"] = db => db.Set<Domain.Plans.TemplateObjective>().Select(o => o.Id).FirstAsync(),
        ["csm/contacts/"] = db => db.Contacts.Where(c => c.AccountId == Northwind).Select(c => c.Id).FirstAsync(),
        ["csm/templates/milestones/"] = db => db.Set<Domain.Plans.TemplateMilestone>().Select(m => m.Id).FirstAsync(),
        ["csm/nudges/"] = db => db.Engagements.Where(e => e.PublicId == Demo.DemoNudges.NorthwindBannerId).Select(e => e.Id).FirstAsync(),
        // Risks are vendor-only: the walk needs any real one (the demo's are at other accounts).
        ["csm/risks/"] = db => db.Risks.OrderBy(r => r.Id).Select(r => r.Id).FirstAsync(),
        ["csm/surveys/"] = db => db.Engagements.Where(e => e.PublicId == Demo.DemoSurveys.NorthwindSurveyId).Select(e => e.Id).FirstAsync(),
    };

    public static bool IsMapped(PageRoute route) => ByPrefix.ContainsKey(route.Prefix);

    /// <summary>Values for the route's parameters; a route with one parameter gets the mapped id for it.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ForAsync(PageRoute route, AdoptionDb db)
    {
        if (route.Parameters.Count != 1)
        {
            throw new InvalidOperationException($"{route.Pattern} has {route.Parameters.Count} parameters; teach WalkIds to fill each of them.");
        }

        var id = await ByPrefix[route.Prefix](db);
        return new Dictionary<string, string> { [route.Parameters[0]] = id.ToString(CultureInfo.InvariantCulture) };
    }
}
