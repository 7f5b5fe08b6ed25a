namespace Adoption.Portal.Domain.Accounts;

/// <summary>A support case, summarised: feeds the support-load part of health.</summary>
public sealed class SupportTicket
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Subject { get; set; }
    public TicketPriority Priority { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>The help desk's own id for the ticket (<c>PUT /v1/support/tickets/{ticketId}</c>); null for tickets made here.</summary>
    public string? ExternalId { get; set; }
    public TicketStatus Status { get; set; }
    public DateTime? UpdatedAt { get; set; }
}

public enum TicketPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}

public enum TicketStatus
{
    Open = 0,
    Pending = 1,
    Solved = 2,
    Closed = 3,
}
