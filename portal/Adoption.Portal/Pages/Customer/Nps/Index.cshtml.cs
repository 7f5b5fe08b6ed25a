using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Pages.Customer.Nps;

/// <summary>
/// The customer's NPS section: what the vendor changed after their people's answers, and the signed-in person's
/// invitation to become a reference. Other people's follow-ups stay with the vendor: only the notes are shown.
/// </summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, IStringLocalizer<IndexModel> localizer) : CustomerPageModel
{
    public IReadOnlyList<ChangeNote> Notes { get; private set; } = [];
    public ReferenceInvitation? Invitation { get; private set; }

    [BindProperty] public bool Consent { get; set; }
    [TempData] public string? StatusMessage { get; set; }

    private int? ContactId => User.ContactIdOf();

    public async Task OnGetAsync()
    {
        // The tenancy filter leaves only notes linked to this account's answers.
        Notes = await db.ChangeNotes.AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(50).ToListAsync();
        Invitation = ContactId is { } contact
            ? await db.ReferenceInvitations.AsNoTracking().Where(r => r.ContactId == contact).OrderByDescending(r => r.InvitedAt).FirstOrDefaultAsync()
            : null;
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        if (!Consent)
        {
            ModelState.AddModelError(nameof(Consent), localizer["Tick the box to agree to be named and contacted as a reference."]);
            await OnGetAsync();
            return Page();
        }

        return await AnswerAsync(ReferenceStatus.Accepted);
    }

    public Task<IActionResult> OnPostDeclineAsync() => AnswerAsync(ReferenceStatus.Declined);

    private async Task<IActionResult> AnswerAsync(ReferenceStatus status)
    {
        var invitation = ContactId is { } contact
            ? await db.ReferenceInvitations.Where(r => r.ContactId == contact && r.Status == ReferenceStatus.Invited).OrderByDescending(r => r.InvitedAt).FirstOrDefaultAsync()
            : null;
        if (invitation is null)
        {
            return NotFound();
        }

        (invitation.Status, invitation.Consent, invitation.AnsweredAt) = (status, status == ReferenceStatus.Accepted, clock.GetUtcNow().UtcDateTime);
        if (status == ReferenceStatus.Accepted)
        {
            // A reference is advocacy: an account that has reached value moves on to the advocacy stage.
            var account = await db.Accounts.SingleAsync(a => a.Id == AccountId);
            if (account.Stage is LifecycleStage.Value or LifecycleStage.Renewal)
            {
                account.Stage = LifecycleStage.Advocacy;
            }
        }

        await db.SaveChangesAsync();
        StatusMessage = status == ReferenceStatus.Accepted ? localizer["Thank you: you are on our list of references."] : localizer["Understood: we will not ask you to be a reference."];
        return RedirectToPage();
    }
}
