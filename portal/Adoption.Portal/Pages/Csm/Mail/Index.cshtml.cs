using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Pages.Csm.Mail;

/// <summary>
/// The email programs for CS operations: preview any program for any real contact (exactly the
/// message the program would send now, in the contact's language), send that preview to oneself,
/// and see the addresses that bounced (no such mailbox) and are no longer mailed.
/// </summary>
[Authorize(Policy = Policies.CsOps)]
public sealed class IndexModel(
    AdoptionDb db, EmailProgramRunner runner, PortalLinks links, Outbox outbox, UserManager<PortalUser> users,
    TimeProvider clock, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    public IReadOnlyList<string> Programs => runner.All.Select(p => p.Name).ToList();

    [BindProperty(SupportsGet = true)]
    public string? Program { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Contact { get; set; }

    public RenderedEmail? Preview { get; private set; }

    /// <summary>The HTML part, showable in the page's frame (see <see cref="EmailPreview"/>).</summary>
    public string? PreviewFrame { get; private set; }

    public string? PreviewFor { get; private set; }

    public IReadOnlyList<Bounce> Bounces { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Program) || !string.IsNullOrWhiteSpace(Contact))
        {
            Preview = await ComposeAsync(cancellationToken);
            if (Preview is not null)
            {
                PreviewFrame = EmailPreview.ForFrame(Preview.Html, NetEscapades.AspNetCore.SecurityHeaders.HttpContextExtensions.GetNonce(HttpContext));
            }
        }

        Bounces = await BouncesAsync(cancellationToken);
    }

    /// <summary>"Send me a test": the same message to the signed-in person, marked as a test.</summary>
    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        var email = await ComposeAsync(cancellationToken);
        var me = await users.GetUserAsync(User);
        if (email is null || me?.Email is null)
        {
            Bounces = await BouncesAsync(cancellationToken);
            return Page();
        }

        outbox.Add(new EmailMessage
        {
            To = me.Email, Subject = localizer["[Test] {0}", email.Subject], TextBody = email.Text, HtmlBody = email.Html,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Saved("/Csm/Mail/Index", new { program = Program, contact = Contact },
            localizer["A test of {0} for {1} is on its way to {2}.", Program!, Contact!, me.Email]);
    }

    private async Task<RenderedEmail?> ComposeAsync(CancellationToken cancellationToken)
    {
        var program = Program is null ? null : runner.Find(Program);
        if (program is null)
        {
            ModelState.AddModelError(nameof(Program), localizer["Choose a program."]);
        }

        var address = Contact?.Trim();
        var contact = string.IsNullOrEmpty(address) ? null
            : await db.Contacts.AsNoTracking().Where(c => c.Email == address).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            ModelState.AddModelError(nameof(Contact), localizer["No contact has this email address."]);
        }

        if (program is null || contact is null)
        {
            return null;
        }

        // The program's own choice of who is due and with what, for this contact's account, queueing nothing.
        var run = new ProgramRun(clock.GetUtcNow().UtcDateTime, Scheduled: false, AccountId: contact.AccountId, DryRun: true);
        var candidate = (await program.SelectAsync(db, run, cancellationToken)).FirstOrDefault(c => c.Contact.Id == contact.Id);
        var email = candidate is null ? null
            // A preview's unsubscribe link must not unsubscribe the real contact when someone clicks it in a test email.
            : await program.ComposeAsync(db, candidate, run, links.Absolute("/unsubscribe/preview"), cancellationToken);
        if (email is null)
        {
            ModelState.AddModelError(nameof(Contact), localizer["The program has nothing to send this contact now (not due, or nothing to say)."]);
            return null;
        }

        PreviewFor = $"{contact.Name} <{contact.Email}> · {contact.Locale} · {contact.TimeZone}";
        return email;
    }

    private async Task<IReadOnlyList<Bounce>> BouncesAsync(CancellationToken cancellationToken)
    {
        var suppressed = await db.EmailSuppressions.AsNoTracking().OrderByDescending(s => s.CreatedAt).Take(200).ToListAsync(cancellationToken);
        var addresses = suppressed.Select(s => s.Address).ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => addresses.Contains(c.Email.ToLower()))
            .Select(c => new { Email = c.Email.ToLower(), c.Name, c.AccountId, Account = c.Account!.Name }).ToListAsync(cancellationToken);
        return suppressed.Select(s => new Bounce(
                s.Address, s.Reason, s.CreatedAt,
                contacts.Where(c => c.Email == s.Address).Select(c => new BouncedContact(c.Name, c.AccountId, c.Account)).ToList()))
            .ToList();
    }

    public sealed record Bounce(string Address, string Reason, DateTime Since, IReadOnlyList<BouncedContact> Contacts);

    public sealed record BouncedContact(string Name, int AccountId, string Account);
}
