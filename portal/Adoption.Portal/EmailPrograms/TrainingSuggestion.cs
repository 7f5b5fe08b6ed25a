using Adoption.Portal.Email;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// Suggests the training module that teaches a key feature the account still has not used
/// <see cref="DaysAfterStart"/> days after it started. Each module is suggested to a contact once
/// (the period is the module), the first not yet suggested in catalogue order, at most one a week.
/// </summary>
public sealed class TrainingSuggestion(EmailTemplates templates, PortalLinks links) : IEmailProgram
{
    public const int DaysAfterStart = 14;

    /// <summary>Due from 10:00 on the contact's clock.</summary>
    public static readonly Cronos.CronExpression SendTime = Cronos.CronExpression.Parse("0 10 * * *");

    private readonly Dictionary<int, SuggestedModule> modules = [];
    private Dictionary<int, string> accountLanguages = [];

    public string Name => "training";

    public EmailCategory Category => EmailCategory.Training;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var startedBy = run.Now.AddDays(-DaysAfterStart);
        var monthStart = DateOnly.FromDateTime(run.Now).AddDays(-30);
        var contacts = (await ProgramContacts.ActiveAsync(db, run.AccountId, cancellationToken))
            .Where(c => !run.Scheduled || LocalTime.Of(c, run.Now) is var local && LocalSchedule.HasCome(SendTime, local.Date, local)).ToList();
        var accountIds = contacts.Select(c => c.AccountId).Distinct().ToList();
        accountLanguages = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id) && a.CreatedAt <= startedBy)
            .ToDictionaryAsync(a => a.Id, a => a.Language, cancellationToken);
        var started = accountLanguages.Keys.ToHashSet();
        var used = (await db.AccountFeatureDays.AsNoTracking().Where(d => accountIds.Contains(d.AccountId) && d.Day >= monthStart)
            .Select(d => new { d.AccountId, d.FeatureId }).Distinct().ToListAsync(cancellationToken)).Select(u => (u.AccountId, u.FeatureId)).ToHashSet();
        var catalogue = await db.TrainingModules.AsNoTracking()
            .Where(m => m.KeyFeatureId != null)
            .Join(db.KeyFeatures, m => m.KeyFeatureId, k => k.Id, (m, k) => new { m.Id, m.PathId, m.Title, m.Texts, m.Minutes, m.Url, FeatureId = k.Id, Feature = k.Name, FeatureTexts = k.Texts, k.Order })
            .Join(db.TrainingPaths, m => m.PathId, p => p.Id, (m, p) => new { m.Id, m.Title, m.Texts, m.Minutes, m.Url, m.FeatureId, m.Feature, m.FeatureTexts, m.Order, p.AccountId })
            .ToListAsync(cancellationToken);
        var contactIds = contacts.Select(c => c.Id).ToList();
        var sends = await db.ProgramSends.AsNoTracking().Where(s => s.Program == Name && contactIds.Contains(s.ContactId))
            .Select(s => new { s.ContactId, s.Period, s.CreatedAt }).ToListAsync(cancellationToken);
        var suggested = sends.Select(s => (s.ContactId, s.Period)).ToHashSet();
        // One suggestion a week at most: the next unused feature's module waits for the week after.
        var weekAgo = run.Now.AddDays(-7);
        var recently = sends.Where(s => s.CreatedAt > weekAgo).Select(s => s.ContactId).ToHashSet();

        var candidates = new List<ProgramCandidate>();
        foreach (var contact in contacts.Where(c => started.Contains(c.AccountId) && !recently.Contains(c.Id)))
        {
            var next = catalogue
                .Where(m => (m.AccountId == null || m.AccountId == contact.AccountId) && !used.Contains((contact.AccountId, m.FeatureId)))
                .OrderBy(m => m.Order).ThenBy(m => m.Id)
                .FirstOrDefault(m => !suggested.Contains((contact.Id, PeriodOf(m.Id))));
            if (next is not null)
            {
                modules[next.Id] = new SuggestedModule(next.Feature, next.FeatureTexts, next.Title, next.Texts, next.Minutes, next.Url);
                candidates.Add(new ProgramCandidate(contact, PeriodOf(next.Id)));
            }
        }

        return candidates;
    }

    public Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var module = modules[int.Parse(candidate.Period["module-".Length..], CultureInfo.InvariantCulture)];
        var contact = candidate.Contact;
        var culture = LocalTime.Culture(contact);
        var wording = new Wording(contact.Locale, accountLanguages.GetValueOrDefault(contact.AccountId));
        var values = new Dictionary<string, string>
        {
            ["name"] = contact.Name,
            ["feature"] = wording.Of(module.FeatureTexts, module.Feature).Title,
            ["module"] = wording.Of(module.Texts, module.Module).Title,
            ["minutes"] = module.Minutes.ToString(culture),
            ["link"] = module.Url.StartsWith('/') ? links.Absolute(module.Url) : module.Url,
            ["unsubscribe"] = unsubscribeUrl,
        };
        return Task.FromResult<RenderedEmail?>(templates.Render("training-suggestion", contact.Locale, values));
    }

    private static string PeriodOf(int moduleId) => "module-" + moduleId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A module chosen in the run, with its and its feature's authored texts for each contact's language.</summary>
    private sealed record SuggestedModule(string Feature, Dictionary<string, LocalText> FeatureTexts, string Module, Dictionary<string, LocalText> Texts, int Minutes, string Url);
}
