using Adoption.Portal.Domain.Email;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Email;

namespace Adoption.Portal.Nps;

/// <summary>
/// "What we changed": a CSM's note linked to answers. The customers of those answers see it in their portal; each
/// detractor among them who agreed to be contacted is sent it by email, through the outbox in the same save.
/// </summary>
public sealed class ChangeNotes(AdoptionDb db, Outbox outbox, EmailTemplates templates, PortalLinks links, TimeProvider clock)
{
    /// <summary>Saves the note; the number of emails queued, or null when none of the answers exists.</summary>
    public async Task<int?> AddAsync(string title, string body, IReadOnlyCollection<int> answerIds, string? createdBy, CancellationToken cancellationToken)
    {
        var answers = await db.NpsResponses.AsNoTracking().Where(n => EF.Parameter(answerIds.ToList()).Contains(n.Id))
            .Select(n => new { n.Id, n.AccountId, n.ContactId, n.Score, n.MayContact }).ToListAsync(cancellationToken);
        if (answers.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var note = new ChangeNote { Title = title, Body = body, CreatedAt = now, CreatedBy = createdBy };
        var contactIds = answers.Where(a => a.Score <= 6 && a.MayContact && a.ContactId != null).Select(a => a.ContactId!.Value).Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Account)
            .Where(c => EF.Parameter(contactIds).Contains(c.Id) && c.LeftAt == null).ToListAsync(cancellationToken);
        var emailed = 0;
        foreach (var answer in answers)
        {
            var link = new ChangeNoteLink { NpsResponseId = answer.Id, AccountId = answer.AccountId };
            note.Links.Add(link);
            if (contacts.FirstOrDefault(c => c.Id == answer.ContactId) is { } contact && answer.Score <= 6 && answer.MayContact
                && await SendAsync(contact, note, cancellationToken))
            {
                link.EmailedAt = now;
                emailed++;
                contacts.Remove(contact);
            }
        }

        db.ChangeNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        return emailed;
    }

    private Task<bool> SendAsync(Contact contact, ChangeNote note, CancellationToken cancellationToken)
    {
        var email = templates.Render("nps-changed", contact.Locale, new Dictionary<string, string>
        {
            ["name"] = contact.Name, ["account"] = contact.Account?.Name ?? "", ["title"] = note.Title, ["body"] = note.Body, ["link"] = links.Absolute("/nps"),
        });
        return outbox.AddIfSubscribedAsync(new EmailMessage
        {
            AccountId = contact.AccountId, ContactId = contact.Id, Category = EmailCategory.Surveys, To = contact.Email,
            Subject = email.Subject, TextBody = email.Text, HtmlBody = email.Html,
        }, cancellationToken);
    }
}
