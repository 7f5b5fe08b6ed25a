using Microsoft.AspNetCore.Localization;

namespace Adoption.Portal.Pages.Invitations;

/// <summary>
/// What an invitee starts with before they have a profile: their language and time zone are the
/// contact's when the CSM recorded them, otherwise the ones most of the account's people use.
/// </summary>
public static class InviteeDefaults
{
    public static async Task<(string? Locale, string? TimeZone)> ForAsync(AdoptionDb db, int accountId, string email, CancellationToken cancellationToken = default)
    {
        var people = await db.Contacts.AsNoTracking().Where(c => c.AccountId == accountId)
            .Select(c => new { c.Email, c.Locale, c.TimeZone }).ToListAsync(cancellationToken);
        var own = people.FirstOrDefault(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));
        string? Most(Func<string, bool> usable, IEnumerable<string> values) =>
            values.Where(usable).GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var locale = own is not null && own.Locale != "en" ? own.Locale : Most(_ => true, people.Select(c => c.Locale));
        var zone = own is not null && own.TimeZone != "UTC" ? own.TimeZone : Most(z => z != "UTC", people.Select(c => c.TimeZone));
        return (locale, zone);
    }
}

/// <summary>Speaks the invitee's language on <c>/invitations/{token}</c> unless the visitor chose one (the culture cookie outranks it).</summary>
internal sealed class InvitationCultureProvider : RequestCultureProvider
{
    public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Request.Path.Value ?? "";
        if (!path.StartsWith("/invitations/", StringComparison.OrdinalIgnoreCase) || path.Length <= "/invitations/".Length)
        {
            return null;
        }

        var db = httpContext.RequestServices.GetRequiredService<AdoptionDb>();
        var hash = InvitationTokens.Hash(path["/invitations/".Length..]);
        var invitation = await db.Invitations.AsNoTracking().Where(i => i.TokenHash == hash).Select(i => new { i.AccountId, i.Email }).SingleOrDefaultAsync();
        if (invitation is null)
        {
            return null;
        }

        var (locale, _) = await InviteeDefaults.ForAsync(db, invitation.AccountId, invitation.Email);
        return locale is null ? null : new ProviderCultureResult(locale);
    }
}
