using Adoption.Portal.Domain.Training;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>
/// Anyone holding a certificate (an employer, an auditor) checks its verification code here, signed
/// in or not. The unguessable code is the key, so the lookup ignores the tenancy filter on purpose
/// and shows only what the certificate itself prints.
/// </summary>
[AllowAnonymous]
public sealed class VerifyModel(AdoptionDb db, TimeProvider clock) : PageModel
{
    public const int MaxCodeLength = 32;

    public sealed record Verified(string PersonName, string AccountName, string PathTitle, DateTime CompletedAt, int? ValidMonths)
    {
        public DateTime? ExpiresAt => EnrolmentProgress.ExpiresAt(CompletedAt, ValidMonths);
    }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Null until a code is looked up; then the certificate it belongs to, if any.</summary>
    public Verified? Certificate { get; private set; }
    public bool Checked { get; private set; }
    public bool Expired => Certificate?.ExpiresAt is { } at && at <= clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync()
    {
        var code = Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code) || code.Length > MaxCodeLength)
        {
            return;
        }

        Checked = true;
        Certificate = await db.Enrolments.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.CertificateCode == code && e.CompletedAt != null)
            .Select(e => new Verified(
                db.Contacts.IgnoreQueryFilters().Where(c => c.Id == e.ContactId).Select(c => c.Name).Single(),
                db.Accounts.IgnoreQueryFilters().Where(a => a.Id == e.AccountId).Select(a => a.Name).Single(),
                db.TrainingPaths.IgnoreQueryFilters().Where(p => p.Id == e.PathId).Select(p => p.Title).Single(),
                e.CompletedAt!.Value,
                db.TrainingPaths.IgnoreQueryFilters().Where(p => p.Id == e.PathId).Select(p => p.ValidMonths).Single()))
            .SingleOrDefaultAsync();
    }
}
