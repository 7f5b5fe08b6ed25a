using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Identity;

/// <summary>Someone who signs in: a customer's person (tied to one account and contact) or vendor staff.</summary>
public sealed class PortalUser : IdentityUser
{
    public required string DisplayName { get; set; }
    /// <summary>The only account a customer user may see; null for vendor staff.</summary>
    public int? AccountId { get; set; }
    public int? ContactId { get; set; }
    public string? Locale { get; set; }
    public string TimeZone { get; set; } = "UTC";
}
