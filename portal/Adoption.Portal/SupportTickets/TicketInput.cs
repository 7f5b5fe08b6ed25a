using Adoption.Portal.Import;

namespace Adoption.Portal.SupportTickets;

/// <summary>
/// A help desk's ticket as the API (<c>PUT /v1/support/tickets/{ticketId}</c>) and the CSV upload send it;
/// both go through <see cref="Read"/>, so both accept and refuse exactly the same things.
/// </summary>
public sealed record TicketInput(string TicketId, string GroupId, string Subject, TicketPriority Priority, TicketStatus Status, DateTime OpenedAt, DateTime? ClosedAt)
{
    /// <summary>The ticket, or the problems with each field (keyed by field name, in English: the API's callers are developers).</summary>
    public static (TicketInput? Ticket, Dictionary<string, string[]> Errors) Read(
        string? ticketId, string? groupId, string? subject, string? priority, string? status, string? openedAt, string? closedAt)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(ticketId) || ticketId.Length > 200)
        {
            Fail("ticketId", "Required, at most 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(groupId) || groupId.Length > 200)
        {
            Fail("groupId", "Required: the account's external id (the tracking API's groupId), at most 200 characters.");
        }

        if (string.IsNullOrWhiteSpace(subject) || subject.Length > 200)
        {
            Fail("subject", "Required, at most 200 characters.");
        }

        var p = TicketPriority.Normal;
        if (priority is not null && !CsvLines.TryEnum(priority, out p))
        {
            Fail("priority", "One of low, normal, high, urgent.");
        }

        var s = TicketStatus.Open;
        if (status is not null && !CsvLines.TryEnum(status, out s))
        {
            Fail("status", "One of open, pending, solved, closed.");
        }

        var opened = Time(openedAt);
        if (opened is null)
        {
            Fail("openedAt", "Required: an ISO 8601 time with its offset, e.g. 2026-11-30T09:15:00Z.");
        }

        var closed = Time(closedAt);
        if (!string.IsNullOrWhiteSpace(closedAt) && closed is null)
        {
            Fail("closedAt", "An ISO 8601 time with its offset, e.g. 2026-12-01T16:40:00Z, or absent.");
        }
        else if (closed is not null && opened is not null && closed < opened)
        {
            Fail("closedAt", "Cannot be before openedAt.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new TicketInput(ticketId!.Trim(), groupId!.Trim(), subject!.Trim(), p, s, opened!.Value, closed), errors);
    }

    private static DateTime? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
        && text!.Contains('T', StringComparison.Ordinal) && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal))
            ? t.UtcDateTime
            : null;

    public void ApplyTo(SupportTicket ticket, int accountId, DateTime now)
    {
        ticket.AccountId = accountId;
        ticket.ExternalId = TicketId;
        ticket.Subject = Subject;
        ticket.Priority = Priority;
        ticket.Status = Status;
        ticket.OpenedAt = OpenedAt;
        ticket.ClosedAt = ClosedAt;
        ticket.UpdatedAt = now;
    }
}
