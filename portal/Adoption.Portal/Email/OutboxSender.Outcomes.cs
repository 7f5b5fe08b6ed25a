using System.Text.RegularExpressions;
using MailKit.Net.Smtp;

namespace Adoption.Portal.Email;

/// <summary>What a failed send means for the message: try again later, give up, or give up and suppress the address.</summary>
internal sealed partial class OutboxSender
{
    /// <summary>SMTP 4xx and anything short of the server's answer (down, timeout, dropped connection)
    /// are worth another try; a 5xx is the server's final word; 5.1.1 means the mailbox does not exist.</summary>
    internal static (Verdict Verdict, string Error) Classify(Exception failure)
    {
        if (failure is SmtpCommandException command)
        {
            var code = (int)command.StatusCode;
            var error = Truncate($"SMTP {code}: {command.Message}", 1000);
            return code >= 500
                ? (NoSuchMailbox().IsMatch(command.Message) ? Verdict.Bounced : Verdict.Permanent, error)
                : (Verdict.Retry, error);
        }

        var text = Truncate($"{failure.GetType().Name}: {failure.Message}", 1000);
        // A malformed address never becomes deliverable.
        return failure is MimeKit.ParseException ? (Verdict.Permanent, text) : (Verdict.Retry, text);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    internal enum Verdict
    {
        Retry,
        Permanent,
        Bounced,
    }

    // RFC 3463: X.1.1 "bad destination mailbox address" (5.1.10, the null MX of RFC 7505, is another code).
    [GeneratedRegex(@"(?<![\d.])5\.1\.1(?![\d])")]
    private static partial Regex NoSuchMailbox();
}
