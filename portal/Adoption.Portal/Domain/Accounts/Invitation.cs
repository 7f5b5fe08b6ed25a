namespace Adoption.Portal.Domain.Accounts;

/// <summary>An invitation for a colleague to join an account's portal; the link carries a token
/// whose hash only is stored.</summary>
public sealed class Invitation
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Email { get; set; }
    public required string Name { get; set; }
    public bool AsAdmin { get; set; }
    public required byte[] TokenHash { get; set; }
    public required string InvitedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
}
