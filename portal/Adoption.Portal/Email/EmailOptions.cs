using MailKit.Security;

namespace Adoption.Portal.Email;

/// <summary>
/// The SMTP server the outbox sends through (section <c>Smtp</c>). With no <see cref="Host"/> the
/// portal needs no mail server at all: messages are written as .eml files to
/// <see cref="OutboxOptions.PickupDirectory"/> instead.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    /// <summary>587 (submission with STARTTLS) unless set.</summary>
    public int Port { get; set; } = 587;
    /// <summary>The sender, e.g. <c>Adoption &lt;success@vendor.example&gt;</c>.</summary>
    public string From { get; set; } = "Adoption <adoption@localhost>";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary><c>Auto</c> (STARTTLS when offered), <c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Configured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>How the outbox is drained (section <c>Email</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Email";

    /// <summary>Where messages go when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";
    /// <summary>How often the sender looks for due messages when nothing wakes it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Due messages read per query; the suppressed addresses and unsubscriptions among them are
    /// read once per batch, and the SMTP connection stays open from batch to batch.</summary>
    public int BatchSize { get; set; } = 200;
    /// <summary>First retry after this long; each further failure doubles it up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);
    /// <summary>The portal's public address for links in emails written outside a request
    /// (e.g. <c>https://success.vendor.example</c>); inside a request the request's own address is used.</summary>
    public string? PublicUrl { get; set; }
    /// <summary>Folder of the editable templates; defaults to <c>email-templates</c> next to the app.</summary>
    public string? TemplatesDirectory { get; set; }
}
