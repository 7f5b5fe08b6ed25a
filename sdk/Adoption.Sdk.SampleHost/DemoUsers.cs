namespace Adoption.Sdk.SampleHost;

/// <summary>
/// People of the portal's demo customers, with the ids the host product knows them by (the same ids the portal's
/// demo data uses: user-{company}-{person}, acct-{company}). A real product has its own users; a sample needs
/// someone to be.
/// </summary>
internal static class DemoUsers
{
    public sealed record Company(string AccountId, string Name, string Plan);

    public sealed record User(string Id, string Name, string Email, string Role, string Locale, Company Company);

    private static readonly Company Northwind = new("acct-001", "Northwind Logistics", "Enterprise");
    private static readonly Company Aurora = new("acct-002", "Aurora Terveys Oy", "Enterprise");
    private static readonly Company Sapori = new("acct-003", "Sapori Toscani S.p.A.", "Professional");
    private static readonly Company Lotus = new("acct-004", "上海莲花贸易有限公司", "Professional");
    private static readonly Company Contoso = new("acct-005", "Contoso Retail", "Professional");

    public static readonly IReadOnlyList<User> All =
    [
        new("user-001-01", "Anna Berg", "anna@northwind.example", "champion", "en", Northwind),
        new("user-001-02", "Ben Carter", "ben@northwind.example", "user", "en", Northwind),
        new("user-001-05", "Eva Lind", "eva@northwind.example", "user", "fi", Northwind),
        new("user-002-01", "Aino Virtanen", "aino@aurora.example", "champion", "fi", Aurora),
        new("user-002-03", "Laura Nieminen", "laura@aurora.example", "user", "fi", Aurora),
        new("user-003-01", "Giulia Bianchi", "giulia@saporitoscani.example", "champion", "it", Sapori),
        new("user-004-01", "李伟", "li.wei@lotus-trading.example", "champion", "zh-Hans", Lotus),
        new("user-004-03", "张敏", "zhang.min@lotus-trading.example", "user", "zh-Hans", Lotus),
        new("user-005-01", "Grace Hopper", "grace@contoso.example", "champion", "en", Contoso),
    ];

    public static User? Find(string? id) => All.FirstOrDefault(u => u.Id == id);
}
