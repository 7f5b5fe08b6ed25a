using Adoption.Portal.Domain.Email;
using MimeKit;

namespace Adoption.Portal.Email;

internal static class MimeMessages
{
    /// <summary>The MIME form of an outbox row. The Message-Id comes from the row, so a message sent
    /// twice (a crash between the server's "OK" and marking it sent) is recognisably the same one.</summary>
    public static MimeMessage From(EmailMessage message, SmtpOptions smtp)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = new DateTimeOffset(message.CreatedAt, TimeSpan.Zero) };
        mime.From.Add(Sender(smtp.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var domain = mime.From.Mailboxes.First().Domain;
        mime.MessageId = $"outbox-{message.Id}@{(string.IsNullOrEmpty(domain) ? "localhost" : domain)}";

        if (message.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058: mail programs offer "Unsubscribe" and POST this body to the link, no page visit needed.
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private static (string Text, MailboxAddress Address)? sender;

    /// <summary>The configured sender, parsed once per setting; each message gets its own copy
    /// (a mailbox is mutable and its lists listen to it).</summary>
    private static MailboxAddress Sender(string text)
    {
        if (sender is not { } cached || cached.Text != text)
        {
            cached = (text, MailboxAddress.Parse(text));
            sender = cached;
        }

        return new MailboxAddress(cached.Address.Name, cached.Address.Address);
    }
}
