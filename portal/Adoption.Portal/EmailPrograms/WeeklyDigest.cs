using Adoption.Portal.Email;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// The weekly adoption digest, per contact, on Monday morning in the contact's time zone: this week
/// against last (active people, key features used), unused key features with the training module that
/// teaches each, plan milestones due, value recorded, and a link into the portal.
/// </summary>
public sealed class WeeklyDigest(EmailTemplates templates, PortalLinks links, DigestFacts facts) : IEmailProgram
{
    /// <summary>Monday 08:00 on the contact's clock.</summary>
    public static readonly Cronos.CronExpression SendTime = Cronos.CronExpression.Parse("0 8 * * MON");

    public string Name => "weekly-digest";

    public EmailCategory Category => EmailCategory.AdoptionDigest;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var contacts = await ProgramContacts.ActiveAsync(db, run.AccountId, cancellationToken);
        return contacts
            .Select(c => (Contact: c, Local: LocalTime.Of(c, run.Now)))
            .Where(c => !run.Scheduled || IsDue(c.Local))
            .Select(c => new ProgramCandidate(c.Contact, LocalTime.IsoWeek(c.Local)))
            .ToList();
    }

    /// <summary>Due from Monday 08:00 local time (<see cref="SendTime"/>) until the week ends (a portal that was down on Monday catches up).</summary>
    public static bool IsDue(DateTime local) => LocalSchedule.HasCome(SendTime, LocalSchedule.WeekStart(local), local);

    public async Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var contact = candidate.Contact;
        var today = DateOnly.FromDateTime(LocalTime.Of(contact, run.Now));
        var f = await facts.ForAccountAsync(db, contact.AccountId, today, contact.Locale, cancellationToken);
        var culture = LocalTime.Culture(contact);
        var values = new Dictionary<string, object?>
        {
            ["name"] = contact.Name,
            ["account"] = f.AccountName,
            ["activeThisWeek"] = f.ActiveThisWeek.ToString(culture),
            ["activeLastWeek"] = f.ActiveLastWeek.ToString(culture),
            ["featuresThisWeek"] = f.FeaturesThisWeek.ToString(culture),
            ["featuresLastWeek"] = f.FeaturesLastWeek.ToString(culture),
            ["featureCount"] = f.FeatureCount.ToString(culture),
            ["unused"] = f.Unused.Select(u => new Dictionary<string, object?>
            {
                ["feature"] = u.Feature, ["module"] = u.Module, ["link"] = u.ModuleUrl is null ? null : Link(u.ModuleUrl),
            }).ToList(),
            ["milestones"] = f.MilestonesDue.Select(m => new Dictionary<string, object?>
            {
                ["due"] = m.Due.ToString("d", culture), ["title"] = m.Title,
            }).ToList(),
            ["valueCount"] = f.ValueCount.ToString(culture),
            ["valueTotal"] = f.ValueTotal.ToString("N0", culture) + " " + f.Currency,
            ["link"] = links.Absolute("/adoption"),
            ["unsubscribe"] = unsubscribeUrl,
        };
        return templates.Render(Name, contact.Locale, values);
    }

    private string Link(string url) => url.StartsWith('/') ? links.Absolute(url) : url;
}

/// <summary>The contacts programs write to: still at the company, at an account that is not archived.</summary>
internal static class ProgramContacts
{
    public static async Task<List<Contact>> ActiveAsync(AdoptionDb db, int? accountId, CancellationToken cancellationToken) =>
        await db.Contacts.AsNoTracking()
            .Where(c => c.LeftAt == null && c.Account!.ArchivedAt == null && (accountId == null || c.AccountId == accountId))
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
}
