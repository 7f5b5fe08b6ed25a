namespace Adoption.Portal.AccessLinks;

/// <summary>What a single-use link lets its holder do.</summary>
public enum AccessLinkPurpose
{
    /// <summary>Choose a first password: the first admin (create-admin) and invited staff.</summary>
    SetPassword = 0,
    /// <summary>Choose a new password after "forgot password".</summary>
    ResetPassword = 1,
    /// <summary>Sign in straight from the host product (POST /v1/portal-links).</summary>
    PortalSignIn = 2,
}

/// <summary>
/// A single-use, short-lived link for one portal user. Only the SHA-256 of the link's random token
/// is stored, so a copy of the database cannot be used to take over anyone's sign-in; the link is
/// spent by setting <see cref="UsedAt"/>, which only one request can do.
/// </summary>
public sealed class AccessLink
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public AccessLinkPurpose Purpose { get; set; }
    public required byte[] TokenHash { get; set; }
    /// <summary>Where a host-product sign-in lands: a path on this portal.</summary>
    public string? ReturnPath { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
