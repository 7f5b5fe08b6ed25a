using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Demo;

/// <summary>
/// A live NPS survey for Northwind's people, due at once for Ben (<c>ben@northwind.example</c>, host user
/// <c>user-001-02</c>): signed in to the sample host, he sees it on the dashboard. Anna sees her banner there instead,
/// which has the higher priority in the same placement.
/// </summary>
internal static class DemoSurveys
{
    public const string NorthwindSurveyId = "nps_nw4q26";

    public static async Task AddAsync(AdoptionDb db, DateTime now, CancellationToken cancellationToken)
    {
        var northwind = await db.Accounts.SingleAsync(a => a.ExternalId == "acct-001", cancellationToken);
        db.Engagements.Add(new Engagement
        {
            PublicId = NorthwindSurveyId, Name = "Northwind: quarterly NPS", Kind = EngagementKind.Survey, Status = EngagementStatus.Live,
            Placement = "home", Priority = 40, Frequency = EngagementFrequency.EveryNDays, FrequencyDays = 3, Dismissible = true, SnoozeDays = 3,
            Targeting = new Targeting { Accounts = [northwind.Id] },
            Survey = new SurveySettings
            {
                SamplePercent = 100, ResurveyDays = 90, PeriodMonths = 3, OneAnswerPerAccount = false, AskLaterDays = 3, AskLaterMax = 2, EmailAfterDays = 7,
                FollowUps =
                [
                    new() { Locale = "en", Promoter = "What do you value most in Shipyard?", Passive = "What one thing would make Shipyard a 10 for you?", Detractor = "What should we fix first?" },
                    new() { Locale = "fi", Promoter = "Mitä arvostat Shipyardissa eniten?", Passive = "Mikä yksi asia tekisi Shipyardista sinulle kympin?", Detractor = "Mikä meidän pitäisi korjata ensin?" },
                    new() { Locale = "it", Promoter = "Che cosa apprezzi di più di Shipyard?", Passive = "Quale cosa renderebbe Shipyard un 10 per te?", Detractor = "Che cosa dovremmo correggere per prima?" },
                    new() { Locale = "zh-Hans", Promoter = "您最看重 Shipyard 的哪一点？", Passive = "哪一件事能让 Shipyard 在您心中得到 10 分？", Detractor = "我们应该先解决什么问题？" },
                ],
            },
            Content =
            [
                new() { Locale = "en", Title = "How likely are you to recommend Shipyard to a colleague?", Body = "One click; it helps us decide what to improve." },
                new() { Locale = "fi", Title = "Kuinka todennäköisesti suosittelisit Shipyardia kollegallesi?", Body = "Yksi napsautus auttaa meitä päättämään, mitä parannamme." },
                new() { Locale = "it", Title = "Quanto è probabile che consiglieresti Shipyard a un collega?", Body = "Un clic ci aiuta a decidere che cosa migliorare." },
                new() { Locale = "zh-Hans", Title = "您有多大可能向同事推荐 Shipyard？", Body = "只需点击一下，帮助我们决定改进什么。" },
            ],
            CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
