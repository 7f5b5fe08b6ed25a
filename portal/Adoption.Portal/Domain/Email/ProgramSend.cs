namespace Adoption.Portal.Domain.Email;

/// <summary>
/// The idempotency record of a tech-touch email program: this program queued this email for this
/// contact in this period (an ISO week for the digest, a renewal date for the reminder). It is saved
/// in the same transaction as the outbox row, and (program, contact, period) is unique, so a re-run,
/// a crash half-way or a second portal instance never queues the same email twice.
/// </summary>
public sealed class ProgramSend
{
    public long Id { get; set; }
    /// <summary>The program's command name, e.g. <c>weekly-digest</c>.</summary>
    public required string Program { get; set; }
    public int AccountId { get; set; }
    public int ContactId { get; set; }
    /// <summary>The program's period key, e.g. <c>2026-W49</c> or <c>renewal-2027-01-31</c>.</summary>
    public required string Period { get; set; }
    public long EmailMessageId { get; set; }
    public EmailMessage? EmailMessage { get; set; }
    public DateTime CreatedAt { get; set; }
}
