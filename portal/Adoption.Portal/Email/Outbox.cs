using Adoption.Portal.Domain.Email;

namespace Adoption.Portal.Email;

/// <summary>
/// Puts messages in the outbox table on the caller's <see cref="AdoptionDb"/>: they are saved by the
/// same <c>SaveChangesAsync</c> as the change that caused them, or not at all. Sending happens later
/// in <see cref="OutboxSender"/>, so a slow or absent SMTP server never fails the request.
/// </summary>
public sealed class Outbox(AdoptionDb db, OutboxSignal signal, TimeProvider clock)
{
    private bool hooked;

    public void Add(EmailMessage message)
    {
        message.CreatedAt = clock.GetUtcNow().UtcDateTime;
        db.EmailOutbox.Add(message);
        if (!hooked)
        {
            hooked = true;
            db.SavedChanges += (_, _) => signal.Poke();
        }
    }

    /// <summary>Whether the contact still wants <paramref name="message"/>'s category (a missing
    /// preference means subscribed); adds it if so. Messages without a category always go.</summary>
    public async Task<bool> AddIfSubscribedAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        if (message is { ContactId: { } contactId, Category: { } category }
            && await db.EmailPreferences.AnyAsync(p => p.ContactId == contactId && p.Category == category && !p.Subscribed, cancellationToken))
        {
            return false;
        }

        Add(message);
        return true;
    }
}
