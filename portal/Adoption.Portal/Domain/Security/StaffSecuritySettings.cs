namespace Adoption.Portal.Domain.Security;

/// <summary>
/// Security rules for staff as CS operations set them on /csm/second-factor; one row. Until it
/// exists nothing is required beyond the password.
/// </summary>
public sealed class StaffSecuritySettings : IVersioned
{
    public int Id { get; set; }
    /// <summary>Every CSM and CS operations admin must turn on an authenticator app before using the portal.</summary>
    public bool RequireSecondFactor { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>The staff member who last changed them (their email).</summary>
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}
