namespace Adoption.Portal.Identity;

public static class Roles
{
    public const string CustomerUser = "CustomerUser";
    public const string CustomerAdmin = "CustomerAdmin";
    public const string Csm = "Csm";

    /// <summary>CS operations admin: staff, settings, keys, health weights, programs. Such a user also holds <see cref="Csm"/>.</summary>
    public const string CsOps = "CsOps";

    public static readonly IReadOnlyList<string> All = [CustomerUser, CustomerAdmin, Csm, CsOps];
}
