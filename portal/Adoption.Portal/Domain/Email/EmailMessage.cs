namespace Adoption.Portal.Domain.Email;

/// <summary>An email waiting in (or sent from) the outbox. Written in the same transaction as the
/// change that caused it, so no acknowledged email is lost if the SMTP server is down.</summary>
public sealed class EmailMessage
{
    public long Id { get; set; }
    public int? AccountId { get; set; }
    public int? ContactId { get; set; }
    public EmailCategory? Category { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    /// <summary>The one-click unsubscribe link for <see cref="Category"/> (RFC 8058 headers); null for
    /// messages people cannot opt out of, such as invitations.</summary>
    public string? UnsubscribeUrl { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>Not tried again before this time: the retry backoff, and the lease a sender holds
    /// while it is sending (so two portal instances never send the same message at once).</summary>
    public DateTime? NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set when the message will never be sent: the server refused it for good (5xx), or the
    /// address is suppressed or the contact unsubscribed before it went. <see cref="LastError"/> says why.</summary>
    public DateTime? FailedAt { get; set; }
}
