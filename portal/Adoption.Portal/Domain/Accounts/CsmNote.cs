namespace Adoption.Portal.Domain.Accounts;

/// <summary>An internal note on an account. Customers never see notes.</summary>
public sealed class CsmNote
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string AuthorUserId { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
}
