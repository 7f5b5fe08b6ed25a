using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;

namespace Adoption.Portal.Reviews;

/// <summary>
/// "Your business review is ready": when the CSM publishes a quarter's review, the account's people
/// get its link, once per quarter's review (publishing it again does not mail them again), for
/// reviews published in the last <see cref="WithinDays"/> days.
/// </summary>
public sealed class ReviewReady(EmailTemplates templates, PortalLinks links) : IEmailProgram
{
    public const int WithinDays = 14;

    /// <summary>Local hour from which the email is due.</summary>
    public const int SendHour = 9;

    public string Name => "review-ready";

    public EmailCategory Category => EmailCategory.BusinessReview;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var since = run.Now.AddDays(-WithinDays);
        var reviews = await db.PublishedReviews.AsNoTracking()
            .Where(r => r.PublishedAt >= since && r.PublishedAt <= run.Now && (run.AccountId == null || r.AccountId == run.AccountId))
            .Select(r => new { r.AccountId, r.PeriodKey }).ToListAsync(cancellationToken);
        var accountIds = reviews.Select(r => r.AccountId).Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Account)
            .Where(c => c.LeftAt == null && c.Account!.ArchivedAt == null && accountIds.Contains(c.AccountId))
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return reviews.OrderBy(r => r.PeriodKey, StringComparer.Ordinal)
            .SelectMany(r => contacts.Where(c => c.AccountId == r.AccountId).Select(c => new ProgramCandidate(c, "review-" + r.PeriodKey)))
            .Where(c => !run.Scheduled || LocalTime.Of(c.Contact, run.Now).Hour >= SendHour)
            .ToList();
    }

    public Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var contact = candidate.Contact;
        var key = candidate.Period["review-".Length..];
        var values = new Dictionary<string, string>
        {
            ["name"] = contact.Name,
            ["account"] = contact.Account!.Name,
            ["quarter"] = key[5..],
            ["year"] = key[..4],
            ["link"] = links.Absolute("/review?period=" + Uri.EscapeDataString(key)),
            ["unsubscribe"] = unsubscribeUrl,
        };
        return Task.FromResult<RenderedEmail?>(templates.Render("review-ready", contact.Locale, values));
    }
}
