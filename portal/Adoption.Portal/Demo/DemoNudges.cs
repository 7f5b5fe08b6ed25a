using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Demo;

/// <summary>
/// Live nudges a newcomer sees at once: a banner offering Northwind's champion and admin the one key
/// feature Northwind has not used, a checklist for onboarding accounts (three steps ticked off by key
/// features, one by the raw event <see cref="DemoUsage.TeammateInvited"/>) and a tooltip on reports.
/// </summary>
internal static class DemoNudges
{
    public const string NorthwindBannerId = "ngm_nw0api";
    public const string OnboardingChecklistId = "ngm_onb1st";
    public const string ReportsTooltipId = "ngm_rpt7tt";

    public static async Task AddAsync(AdoptionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var features = await db.KeyFeatures.OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var northwind = await db.Accounts.SingleAsync(a => a.ExternalId == "acct-001", cancellationToken);
        var used = await db.AccountFeatureDays.Where(d => d.AccountId == northwind.Id).Select(d => d.FeatureId).Distinct().ToListAsync(cancellationToken);
        var unused = features.First(f => !used.Contains(f.Id));
        var reports = features.Single(f => f.Key == "reports");

        db.Engagements.AddRange(
            new Engagement
            {
                PublicId = NorthwindBannerId, Name = $"Northwind: try {unused.Name}", Kind = EngagementKind.Banner, Status = EngagementStatus.Live,
                Placement = "home", Priority = 60, Frequency = EngagementFrequency.UntilCompleted, SnoozeDays = 7, GoalFeatureId = unused.Id,
                Targeting = new Targeting
                {
                    Accounts = [northwind.Id], Roles = [ContactRole.Champion, ContactRole.Admin],
                    Features = [new FeatureRule { FeatureKey = unused.Key, Used = false }],
                },
                Content =
                [
                    Content("en", $"{unused.Name} is waiting for you", unused.Description ?? "", "Try it", "/settings/api"),
                    Content("fi", $"{unused.Name} odottaa sinua", "Ohjelmallinen pääsy omille työkaluillenne.", "Kokeile", "/settings/api"),
                    Content("it", $"{unused.Name} ti aspetta", "Accesso programmatico per i vostri strumenti interni.", "Provalo", "/settings/api"),
                    Content("zh-Hans", $"{unused.Name} 等您来用", "为内部工具提供编程访问。", "试一试", "/settings/api"),
                ],
                CreatedAt = now, UpdatedAt = now,
            },
            new Engagement
            {
                PublicId = OnboardingChecklistId, Name = "First steps for onboarding accounts", Kind = EngagementKind.Checklist, Status = EngagementStatus.Live,
                Placement = "home", Priority = 50, Frequency = EngagementFrequency.UntilCompleted, SnoozeDays = 3, HoldoutPercent = 10,
                GoalFeatureId = features.Single(f => f.Key == "sharing").Id,
                Targeting = new Targeting { Stages = [LifecycleStage.Onboarding] },
                Steps =
                [
                    Step("dashboard", "dashboards", "Build a dashboard", "Rakenna koontinäkymä", "Crea una dashboard", "创建仪表板"),
                    Step("report", "reports", "Schedule a report", "Ajasta raportti", "Pianifica un report", "安排报表"),
                    Step("share", "sharing", "Share with a colleague", "Jaa kollegalle", "Condividi con un collega", "与同事分享"),
                    EventStep("invite", DemoUsage.TeammateInvited, "Invite a teammate", "Kutsu tiimiläinen", "Invita un membro del team", "邀请团队成员"),
                ],
                Content =
                [
                    Content("en", "Get started in four steps", "Each step ticks itself off when you have done it.", null, null),
                    Content("fi", "Aloita neljällä askeleella", "Jokainen askel merkitään tehdyksi itsestään.", null, null),
                    Content("it", "Inizia in quattro passi", "Ogni passo si spunta da solo quando l'hai fatto.", null, null),
                    Content("zh-Hans", "四步开始使用", "完成后每一步都会自动勾选。", null, null),
                ],
                CreatedAt = now, UpdatedAt = now,
            },
            new Engagement
            {
                PublicId = ReportsTooltipId, Name = "Reports: schedule instead of exporting", Kind = EngagementKind.Tooltip, Status = EngagementStatus.Live,
                Placement = "reports", Anchor = "#schedule-report", Priority = 40, Frequency = EngagementFrequency.EveryNDays, FrequencyDays = 7,
                SnoozeDays = 3, HoldoutPercent = 20, GoalFeatureId = reports.Id, GoalWindowDays = 14,
                Targeting = new Targeting { Features = [new FeatureRule { FeatureKey = reports.Key, Used = false, WithinDays = 30 }] },
                Content =
                [
                    Content("en", "Let the report come to you", "Schedule it once and it arrives in your inbox every week.", "Schedule", "/reports/schedule"),
                    Content("fi", "Anna raportin tulla luoksesi", "Ajasta kerran, niin se saapuu joka viikko.", "Ajasta", "/reports/schedule"),
                    Content("it", "Lascia che il report arrivi da te", "Pianificalo una volta e arriva ogni settimana.", "Pianifica", "/reports/schedule"),
                    Content("zh-Hans", "让报表主动送达", "设置一次，每周自动发送到您的邮箱。", "安排", "/reports/schedule"),
                ],
                CreatedAt = now, UpdatedAt = now,
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static EngagementContent Content(string locale, string title, string body, string? cta, string? url) =>
        new() { Locale = locale, Title = title, Body = body, CtaLabel = cta, CtaUrl = url };

    private static ChecklistStep Step(string key, string feature, string en, string fi, string it, string zh) =>
        new() { Key = key, FeatureKey = feature, Label = Labels(en, fi, it, zh) };

    private static ChecklistStep EventStep(string key, string trackedEvent, string en, string fi, string it, string zh) =>
        new() { Key = key, Event = trackedEvent, Label = Labels(en, fi, it, zh) };

    private static Dictionary<string, string> Labels(string en, string fi, string it, string zh) =>
        new() { ["en"] = en, ["fi"] = fi, ["it"] = it, ["zh-Hans"] = zh };
}
