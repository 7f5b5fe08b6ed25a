using Adoption.Portal.Domain.Training;
using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Training;

/// <summary>
/// Reminds a certificate holder <see cref="TrainingOptions.ReminderDaysBeforeExpiry"/> days before the
/// certificate expires (paths with <see cref="TrainingPath.ValidMonths"/>). One reminder per certificate
/// and expiry date (the period), so a renewed certificate is reminded again when it nears its own end.
/// </summary>
public sealed class CertificateExpiryReminder(EmailTemplates templates, PortalLinks links, IOptions<TrainingOptions> options) : IEmailProgram
{
    /// <summary>Local hour from which the reminder is due.</summary>
    public const int SendHour = 9;

    private readonly Dictionary<string, (string Path, int PathId, DateTime ExpiresAt)> due = [];

    public string Name => "training-expiry";

    public EmailCategory Category => EmailCategory.Training;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var horizon = run.Now.AddDays(options.Value.ReminderDaysBeforeExpiry);
        var certified = await db.Enrolments.AsNoTracking()
            .Where(e => e.CompletedAt != null && e.Path!.ValidMonths != null && (run.AccountId == null || e.AccountId == run.AccountId))
            .Select(e => new { e.Id, e.ContactId, e.PathId, e.Path!.Title, e.Path.Texts, e.CompletedAt, e.Path.ValidMonths, Language = db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Language).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var expiring = certified
            .Select(e => (e.Id, e.ContactId, e.PathId, e.Title, e.Texts, e.Language, ExpiresAt: EnrolmentProgress.ExpiresAt(e.CompletedAt, e.ValidMonths)!.Value))
            .Where(e => e.ExpiresAt > run.Now && e.ExpiresAt <= horizon)
            .ToList();
        var contacts = (await ProgramContacts.ActiveAsync(db, run.AccountId, cancellationToken)).ToDictionary(c => c.Id);
        var candidates = new List<ProgramCandidate>();
        foreach (var e in expiring)
        {
            if (contacts.TryGetValue(e.ContactId, out var contact) && (!run.Scheduled || LocalTime.Of(contact, run.Now).Hour >= SendHour))
            {
                var period = string.Create(CultureInfo.InvariantCulture, $"certificate-{e.Id}-{e.ExpiresAt:yyyyMMdd}");
                due[period] = (new Wording(contact.Locale, e.Language).Of(e.Texts, e.Title).Title, e.PathId, e.ExpiresAt);
                candidates.Add(new ProgramCandidate(contact, period));
            }
        }

        return candidates;
    }

    public Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var (path, pathId, expiresAt) = due[candidate.Period];
        var contact = candidate.Contact;
        var values = new Dictionary<string, string>
        {
            ["name"] = contact.Name,
            ["path"] = path,
            ["expires"] = LocalTime.Of(contact, expiresAt).ToString("D", LocalTime.Culture(contact)),
            ["link"] = links.Absolute(string.Create(CultureInfo.InvariantCulture, $"/training/paths/{pathId}")),
            ["unsubscribe"] = unsubscribeUrl,
        };
        return Task.FromResult<RenderedEmail?>(templates.Render("training-expiry", contact.Locale, values));
    }
}

/// <summary>Congratulates a person on a completed path, with the link to their certificate; once per certificate.</summary>
public sealed class TrainingCongratulation(EmailTemplates templates, PortalLinks links) : IEmailProgram
{
    /// <summary>Paths completed longer ago than this are not congratulated any more (a first run on old data).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    private readonly Dictionary<string, (string Path, int EnrolmentId, DateTime? ExpiresAt)> done = [];

    public string Name => "training-complete";

    public EmailCategory Category => EmailCategory.Training;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var since = run.Now - Window;
        var completed = await db.Enrolments.AsNoTracking()
            .Where(e => e.CompletedAt != null && e.CompletedAt > since && e.CertificateCode != null && (run.AccountId == null || e.AccountId == run.AccountId))
            .Select(e => new { e.Id, e.ContactId, e.Path!.Title, e.Path.Texts, e.CompletedAt, e.Path.ValidMonths, Language = db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Language).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var contacts = (await ProgramContacts.ActiveAsync(db, run.AccountId, cancellationToken)).ToDictionary(c => c.Id);
        var candidates = new List<ProgramCandidate>();
        // One congratulation per person and run, the latest first: the others follow in later runs, within the attention budget.
        foreach (var e in completed.GroupBy(e => e.ContactId).Select(g => g.MaxBy(e => e.CompletedAt)!))
        {
            if (contacts.TryGetValue(e.ContactId, out var contact))
            {
                var period = string.Create(CultureInfo.InvariantCulture, $"completed-{e.Id}-{e.CompletedAt:yyyyMMddHHmm}");
                done[period] = (new Wording(contact.Locale, e.Language).Of(e.Texts, e.Title).Title, e.Id, EnrolmentProgress.ExpiresAt(e.CompletedAt, e.ValidMonths));
                candidates.Add(new ProgramCandidate(contact, period));
            }
        }

        return candidates;
    }

    public Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var (path, enrolmentId, _) = done[candidate.Period];
        var contact = candidate.Contact;
        var values = new Dictionary<string, string>
        {
            ["name"] = contact.Name,
            ["path"] = path,
            ["link"] = links.Absolute(string.Create(CultureInfo.InvariantCulture, $"/training/certificates/{enrolmentId}")),
            ["unsubscribe"] = unsubscribeUrl,
        };
        return Task.FromResult<RenderedEmail?>(templates.Render("training-complete", contact.Locale, values));
    }
}
