namespace Adoption.Portal.Demo;

/// <summary>The demo's customer companies: every segment, stage and health, in all four languages.</summary>
internal static class DemoAccounts
{
    internal sealed record Person(string Name, string Email, ContactRole Role, string Locale, string? Title = null);

    /// <param name="RenewalInDays">Days from today to renewal.</param>
    /// <param name="Activity">0..1: how much its people use the product (drives health).</param>
    internal sealed record Company(
        string Name, string Domain, Segment Segment, string Industry, int Employees, int Seats, decimal Arr,
        string Currency, LifecycleStage Stage, int RenewalInDays, double Activity, int AgeInDays, Person[] People);

    public static readonly Company[] All =
    [
        new("Northwind Logistics", "northwind.example", Segment.Enterprise, "Logistics", 4200, 350, 240_000m, "EUR",
            LifecycleStage.Value, 210, 0.85, 420,
        [
            new("Anna Berg", "anna@northwind.example", ContactRole.Champion, "en", "Head of Operations"),
            new("Ben Carter", "ben@northwind.example", ContactRole.User, "en", "Dispatcher"),
            new("Claire Dubois", "claire@northwind.example", ContactRole.ExecutiveSponsor, "en", "COO"),
            new("Dev Patel", "dev@northwind.example", ContactRole.Admin, "en", "IT Lead"),
            new("Eva Lind", "eva@northwind.example", ContactRole.User, "fi", "Planner"),
        ]),
        new("Aurora Terveys Oy", "aurora.example", Segment.Enterprise, "Healthcare", 2600, 220, 180_000m, "EUR",
            LifecycleStage.Adoption, 300, 0.35, 150,
        [
            new("Aino Virtanen", "aino@aurora.example", ContactRole.Champion, "fi", "Kehityspäällikkö"),
            new("Mikko Korhonen", "mikko@aurora.example", ContactRole.ExecutiveSponsor, "fi", "Toimitusjohtaja"),
            new("Laura Nieminen", "laura@aurora.example", ContactRole.User, "fi"),
            new("Jussi Mäkelä", "jussi@aurora.example", ContactRole.Admin, "fi"),
        ]),
        new("Sapori Toscani S.p.A.", "saporitoscani.example", Segment.MidMarket, "Food & beverage", 640, 60, 54_000m, "EUR",
            LifecycleStage.Renewal, 45, 0.6, 690,
        [
            new("Giulia Bianchi", "giulia@saporitoscani.example", ContactRole.Champion, "it", "Responsabile qualità"),
            new("Marco Rossi", "marco@saporitoscani.example", ContactRole.ExecutiveSponsor, "it", "Direttore generale"),
            new("Francesca Romano", "francesca@saporitoscani.example", ContactRole.User, "it"),
            new("Luca Ferrari", "luca@saporitoscani.example", ContactRole.Admin, "it"),
        ]),
        new("上海莲花贸易有限公司", "lotus-trading.example", Segment.MidMarket, "Trading", 380, 40, 36_000m, "CNY",
            LifecycleStage.Onboarding, 330, 0.5, 35,
        [
            new("李伟", "li.wei@lotus-trading.example", ContactRole.Champion, "zh-Hans", "运营总监"),
            new("王芳", "wang.fang@lotus-trading.example", ContactRole.ExecutiveSponsor, "zh-Hans", "总经理"),
            new("张敏", "zhang.min@lotus-trading.example", ContactRole.User, "zh-Hans"),
        ]),
        new("Contoso Retail", "contoso.example", Segment.MidMarket, "Retail", 900, 80, 72_000m, "USD",
            LifecycleStage.Advocacy, 160, 0.9, 900,
        [
            new("Grace Hopper", "grace@contoso.example", ContactRole.Champion, "en", "VP Digital"),
            new("Henry Ford", "henry@contoso.example", ContactRole.ExecutiveSponsor, "en"),
            new("Isla Moore", "isla@contoso.example", ContactRole.User, "en"),
        ]),
        new("Fabrikam Manufacturing", "fabrikam.example", Segment.Enterprise, "Manufacturing", 5100, 400, 310_000m, "USD",
            LifecycleStage.Renewal, 100, 0.25, 1050,
        [
            new("Jack Miller", "jack@fabrikam.example", ContactRole.Champion, "en", "Plant Systems Manager"),
            new("Karen Liu", "karen@fabrikam.example", ContactRole.ExecutiveSponsor, "zh-Hans", "CIO"),
            new("Leo Marino", "leo@fabrikam.example", ContactRole.User, "it"),
            new("Maya Singh", "maya@fabrikam.example", ContactRole.Admin, "en"),
        ]),
        new("Baltic Shipping AB", "balticshipping.example", Segment.MidMarket, "Shipping", 520, 45, 41_000m, "EUR",
            LifecycleStage.Adoption, 250, 0.55, 200,
        [
            new("Nils Andersson", "nils@balticshipping.example", ContactRole.Champion, "en"),
            new("Oona Laine", "oona@balticshipping.example", ContactRole.User, "fi"),
        ]),
        new("Lapin Retkeily Oy", "lapinretkeily.example", Segment.Smb, "Outdoor retail", 25, 8, 4_800m, "EUR",
            LifecycleStage.Adoption, 75, 0.45, 290,
        [
            new("Pekka Salo", "pekka@lapinretkeily.example", ContactRole.Admin, "fi"),
            new("Sanna Heikkinen", "sanna@lapinretkeily.example", ContactRole.User, "fi"),
        ]),
        new("Studio Milano Design", "studiomilano.example", Segment.Smb, "Design", 12, 5, 3_000m, "EUR",
            LifecycleStage.Value, 190, 0.7, 500,
        [
            new("Chiara Conti", "chiara@studiomilano.example", ContactRole.Admin, "it"),
            new("Paolo Greco", "paolo@studiomilano.example", ContactRole.User, "it"),
        ]),
        new("杭州云启科技", "yunqi.example", Segment.Smb, "Software", 30, 10, 24_000m, "CNY",
            LifecycleStage.Onboarding, 340, 0.3, 25,
        [
            new("陈静", "chen.jing@yunqi.example", ContactRole.Admin, "zh-Hans"),
            new("刘洋", "liu.yang@yunqi.example", ContactRole.User, "zh-Hans"),
        ]),
        new("Tailspin Travel", "tailspin.example", Segment.Smb, "Travel", 40, 12, 6_000m, "USD",
            LifecycleStage.Onboarding, 320, 0.15, 45,
        [
            new("Quinn Baker", "quinn@tailspin.example", ContactRole.Admin, "en"),
            new("Rosa Diaz", "rosa@tailspin.example", ContactRole.User, "en"),
        ]),
        new("Woodgrove Finance", "woodgrove.example", Segment.Enterprise, "Financial services", 7800, 600, 420_000m, "USD",
            LifecycleStage.Value, 280, 0.75, 610,
        [
            new("Sam Taylor", "sam@woodgrove.example", ContactRole.Champion, "en", "Director of Finance Ops"),
            new("Tove Nilsson", "tove@woodgrove.example", ContactRole.ExecutiveSponsor, "en", "CFO"),
            new("Umberto Galli", "umberto@woodgrove.example", ContactRole.User, "it"),
            new("Wu Hao", "wu.hao@woodgrove.example", ContactRole.User, "zh-Hans"),
        ]),
    ];
}
