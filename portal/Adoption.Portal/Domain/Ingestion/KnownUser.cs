namespace Adoption.Portal.Domain.Ingestion;

/// <summary>
/// The account a host-product user (userId, else anonymousId) belongs to, learnt from group calls (and identify calls that
/// name an account), so later track calls without <c>context.groupId</c> still count for it.
/// </summary>
public sealed class KnownUser
{
    public required string UserKey { get; set; }
    public int AccountId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
