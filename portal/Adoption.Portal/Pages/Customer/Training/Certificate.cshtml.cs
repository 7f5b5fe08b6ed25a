namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>A printable certificate for a completed path. Another account's certificate, or an unfinished path, is not found.</summary>
public sealed class CertificateModel(AdoptionDb db) : CustomerPageModel
{
    public sealed record CertificateView(string PersonName, string AccountName, string PathTitle, int Modules, DateTime CompletedAt, string Code);

    public CertificateView Certificate { get; private set; } = null!;

    /// <summary>Where anyone holding the certificate checks its code.</summary>
    public string VerifyUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var found = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == id && e.AccountId == AccountId && e.CompletedAt != null && e.CertificateCode != null)
            .Select(e => new CertificateView(
                db.Contacts.Where(c => c.Id == e.ContactId).Select(c => c.Name).Single(),
                db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Name).Single(),
                e.Path!.Title, e.Path.Modules.Count, e.CompletedAt!.Value, e.CertificateCode!))
            .SingleOrDefaultAsync();
        if (found is null)
        {
            return NotFound();
        }

        // A colleague who asked not to be named in the team view is not named on a certificate page either.
        var me = User.ContactIdOf();
        if (await db.Enrolments.AnyAsync(e => e.Id == id && e.ContactId != me
            && db.TrainingPrivacy.Any(p => p.ContactId == e.ContactId && p.HideNameFromColleagues)))
        {
            return NotFound();
        }

        Certificate = found;
        VerifyUrl = Url.Page("/Customer/Training/Verify", pageHandler: null, values: null, protocol: Request.Scheme) ?? "/training/verify";
        return Page();
    }
}
