namespace Adoption.Portal.Security.Sessions;

/// <summary>
/// One signed-in browser. The cookie carries only a random key; this row holds the sign-in itself,
/// so deleting it ends that session at the next request (ASVS 5.0 V7.4).
/// </summary>
public sealed class SignInSession
{
    /// <summary>SHA-256 of the cookie's key, hex: a copy of the table cannot be replayed as cookies.</summary>
    public required string Id { get; set; }
    public required string UserId { get; set; }
    /// <summary>The person's security stamp when they signed in; a new stamp (password, role, access change) ends the session.</summary>
    public string? SecurityStamp { get; set; }
    /// <summary>The serialized authentication ticket.</summary>
    public required byte[] Ticket { get; set; }
    public required string Device { get; set; }
    public DateTime SignedInAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
