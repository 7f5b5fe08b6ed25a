namespace Adoption.Portal.Domain.Email;

/// <summary>
/// An address the portal no longer mails: its server answered that the mailbox does not exist
/// (SMTP 5.1.1). Every program and every queued message to it is skipped; the CSM sees it on the
/// email page and on the account, and the contact's <c>EmailBouncedAt</c> is set.
/// </summary>
public sealed class EmailSuppression
{
    public long Id { get; set; }
    /// <summary>Lower case, so one row covers every spelling.</summary>
    public required string Address { get; set; }
    /// <summary>The server's answer, e.g. <c>550: 5.1.1 No such user</c>.</summary>
    public required string Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The message whose bounce suppressed the address.</summary>
    public long? EmailMessageId { get; set; }
}
