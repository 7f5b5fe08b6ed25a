namespace Adoption.Portal.Identity;

public static class Roles
{
    public const string CustomerUser = "CustomerUser";
    public const string CustomerAdmin = "CustomerAdmin";
    public const string Csm = "Csm";

    public static readonly IReadOnlyList<string> All = [CustomerUser, CustomerAdmin, Csm];
}
