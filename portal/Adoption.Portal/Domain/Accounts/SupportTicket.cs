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
}

public enum TicketPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}
