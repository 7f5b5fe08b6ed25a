using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Portal.Pages.Invitations;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>A CSM invites a customer's person, typically the account's first admin, who then invites colleagues from /team.</summary>
public sealed class CustomerInvitations(AdoptionDb db, Outbox outbox, EmailTemplates templates, PortalLinks links, TimeProvider clock)
{
    /// <summary>Adds the invitation and its email (saved by the caller); any earlier open invitation to the address stops working.</summary>
    public async Task InviteAsync(Account account, Contact contact, bool asAdmin, string inviterUserId, string inviterName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Invitations.Where(i => i.AccountId == account.Id && i.Email == contact.Email && i.AcceptedAt == null && i.ExpiresAt > now)
            .ForEachAsync(i => i.ExpiresAt = now);
        var (token, hash) = InvitationTokens.Create();
        var invitation = new Invitation
        {
            AccountId = account.Id, Email = contact.Email, Name = contact.Name, AsAdmin = asAdmin, TokenHash = hash,
            InvitedByUserId = inviterUserId, CreatedAt = now, ExpiresAt = now + InvitationTokens.Lifetime,
        };
        db.Invitations.Add(invitation);
        var mail = templates.Render("invitation", contact.Locale, new Dictionary<string, string>
        {
            ["name"] = contact.Name, ["inviter"] = inviterName, ["account"] = account.Name,
            ["link"] = links.Absolute(InvitationTokens.PathFor(token)),
            ["expires"] = invitation.ExpiresAt.ToString("d", CultureInfo.GetCultureInfo(Locales.IsSupported(contact.Locale) ? contact.Locale : Locales.Default)),
        });
        outbox.Add(new EmailMessage { AccountId = account.Id, ContactId = contact.Id, To = contact.Email, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html });
    }
}
