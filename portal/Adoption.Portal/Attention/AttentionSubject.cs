using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Attention;

/// <summary>
/// The person a touch is for. In the host product the person is known by <see cref="UserId"/>, by
/// email as a contact; either identifies them, so a prompt in the product and an email count together.
/// </summary>
public sealed record AttentionSubject(int AccountId, int? ContactId, string? UserId)
{
    public bool Matches(AttentionTouch touch) =>
        (ContactId is { } contact && touch.ContactId == contact) || (UserId is { } user && touch.UserId == user);
}

/// <summary>A touch about to be made: who, what kind, how interrupting, how important.</summary>
public sealed record AttentionRequest(
    AttentionSubject Subject, AttentionKind Kind, AttentionClass Class, AttentionPriority Priority = AttentionPriority.Normal, string? Source = null);
