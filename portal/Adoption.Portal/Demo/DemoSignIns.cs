namespace Adoption.Portal.Demo;

/// <summary>The demo's sign-ins, printed at start. Demo data only; never seeded in production.</summary>
public static class DemoSignIns
{
    public const string Password = "Adoption-demo-1";

    /// <summary>The demo host product's write key (shown here because it is the demo's, not a secret).</summary>
    public const string WriteKey = "wk_demo_3b8f1c9e5a7d4f20b6c1e8a9d2f4c7e1";

    public sealed record SignIn(string Email, string Name, string Role, string? Company);

    public static readonly SignIn Csm = new("maria.csm@adoption.example", "Maria Santos", "CSM and CS operations admin", null);
    public static readonly SignIn CustomerAdmin = new("anna@northwind.example", "Anna Berg", "customer admin", "Northwind Logistics");
    public static readonly SignIn CustomerUser = new("ben@northwind.example", "Ben Carter", "customer user", "Northwind Logistics");
    public static readonly SignIn OtherCustomer = new("aino@aurora.example", "Aino Virtanen", "customer admin", "Aurora Terveys Oy");
    public static readonly SignIn ItalianCustomer = new("giulia@saporitoscani.example", "Giulia Bianchi", "customer admin", "Sapori Toscani S.p.A.");
    public static readonly SignIn ChineseCustomer = new("li.wei@lotus-trading.example", "李伟", "customer admin", "上海莲花贸易有限公司");

    public static readonly IReadOnlyList<SignIn> All = [Csm, CustomerAdmin, CustomerUser, OtherCustomer, ItalianCustomer, ChineseCustomer];
}
