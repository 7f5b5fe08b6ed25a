using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;

namespace Adoption.Portal.Nps;

/// <summary>
/// The NPS survey by email (program <c>nps</c>): to a contact who was shown a live survey in the product and left it
/// unanswered for the survey's <see cref="SurveySettings.EmailAfterDays"/>, and to contacts of its audience the host
/// product never sees. Eleven one-click score links (0–10) record the score and open the follow-up page. One email per
/// contact, survey and period (the runner's send record), never to anyone who answered this period, never to an
/// account that already answered when the survey takes one answer per account.
/// </summary>
public sealed class NpsEmailProgram(EmailTemplates templates, PortalLinks links, SurveyEmailTokens tokens) : IEmailProgram
{
    public const string Name = "nps";

    /// <summary>Local hour from which the email is due.</summary>
    public const int SendHour = 10;

    string IEmailProgram.Name => Name;

    public EmailCategory Category => EmailCategory.Surveys;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var surveys = await db.Engagements.AsNoTracking().Where(e => e.Kind == EngagementKind.Survey && e.Status == EngagementStatus.Live).ToListAsync(cancellationToken);
        var due = new List<ProgramCandidate>();
        foreach (var survey in surveys.Where(s => s.Survey is { EmailAfterDays: > 0 } && (s.StartsAt == null || s.StartsAt <= run.Now) && (s.EndsAt == null || s.EndsAt > run.Now)))
        {
            var settings = survey.Survey!;
            var period = NpsPeriod.Key(run.Now, settings.PeriodMonths);
            var periodStart = NpsPeriod.Start(run.Now, settings.PeriodMonths);
            var t = survey.Targeting;
            var contacts = await db.Contacts.AsNoTracking().Include(c => c.Account)
                .Where(c => c.LeftAt == null && c.Account!.ArchivedAt == null && (run.AccountId == null || c.AccountId == run.AccountId))
                .Where(c => t.Accounts.Count == 0 || EF.Parameter(t.Accounts).Contains(c.AccountId))
                .Where(c => t.Segments.Count == 0 || EF.Parameter(t.Segments).Contains(c.Account!.Segment))
                .Where(c => t.Stages.Count == 0 || EF.Parameter(t.Stages).Contains(c.Account!.Stage))
                .Where(c => t.Roles.Count == 0 || EF.Parameter(t.Roles).Contains(c.Role))
                .OrderBy(c => c.Id).ToListAsync(cancellationToken);
            var accountIds = contacts.Select(c => c.AccountId).Distinct().ToList();
            var answers = await db.NpsResponses.AsNoTracking().Where(n => n.EngagementId == survey.Id && n.Period == period && EF.Parameter(accountIds).Contains(n.AccountId))
                .Select(n => new { n.AccountId, n.ContactId }).ToListAsync(cancellationToken);
            // Shown in the product and left unanswered long enough: the fallback.
            var seenBefore = run.Now.AddDays(-settings.EmailAfterDays);
            var shown = await db.EngagementStates.AsNoTracking().Where(s => s.EngagementId == survey.Id && s.FirstSeenAt != null && s.FirstSeenAt >= periodStart)
                .Select(s => new { s.UserId, s.FirstSeenAt }).ToListAsync(cancellationToken);
            // Seen in the product at all: these people are asked there, not by a standalone email.
            var active = (await db.UserDays.AsNoTracking().Where(d => EF.Parameter(accountIds).Contains(d.AccountId)).Select(d => d.UserKey).Distinct().ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var contact in contacts)
            {
                if (answers.Any(a => a.ContactId == contact.Id) || (settings.OneAnswerPerAccount && answers.Any(a => a.AccountId == contact.AccountId))
                    || !SurveyRules.Sampled(survey.PublicId, contact.ExternalId ?? $"c:{contact.Id}", settings.SamplePercent)
                    || (run.Scheduled && LocalTime.Of(contact, run.Now).Hour < SendHour))
                {
                    continue;
                }

                var seen = contact.ExternalId is { } user ? shown.FirstOrDefault(s => s.UserId == user) : null;
                var neverInProduct = contact.ExternalId is null || !active.Contains(contact.ExternalId);
                if ((seen is not null && seen.FirstSeenAt <= seenBefore) || (seen is null && neverInProduct))
                {
                    due.Add(new ProgramCandidate(contact, $"{survey.PublicId}:{period}"));
                }
            }
        }

        return due;
    }

    public async Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var publicId = candidate.Period.Split(':')[0];
        var survey = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.PublicId == publicId, cancellationToken);
        if (survey?.Survey is null)
        {
            return null;
        }

        var contact = candidate.Contact;
        var content = survey.Content.FirstOrDefault(c => c.Locale == contact.Locale) ?? survey.Content.FirstOrDefault(c => c.Locale == Locales.Default) ?? survey.Content.FirstOrDefault();
        var locale = content?.Locale ?? Locales.Default;
        var token = tokens.Issue(survey.Id, contact.Id, contact.AccountId, candidate.Period.Split(':')[1]);
        var values = new Dictionary<string, string>
        {
            ["name"] = contact.Name,
            ["account"] = contact.Account?.Name ?? "",
            ["question"] = content?.Title ?? survey.Name,
            ["unsubscribe"] = unsubscribeUrl,
        };
        for (var score = 0; score <= 10; score++)
        {
            values[$"link{score}"] = links.Absolute($"/survey/{Uri.EscapeDataString(token)}/{score}");
        }

        return templates.Render("nps-survey", locale, values);
    }
}
