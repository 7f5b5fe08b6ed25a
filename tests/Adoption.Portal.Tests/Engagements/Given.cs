using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Engagements;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>Definitions, facts and the fixed "now" the evaluator tests share.</summary>
internal static class Given
{
    public static readonly DateTime Now = new(2026, 12, 2, 12, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    public static Engagement Banner(string id = "ngm_test01", Action<Engagement>? change = null, int rowId = 1)
    {
        var e = new Engagement
        {
            Id = rowId, PublicId = id, Name = "Try the API", Kind = EngagementKind.Banner, Status = EngagementStatus.Live, Placement = "home",
            Content = [new EngagementContent { Locale = "en", Title = "Try the API", Body = "Body" }],
        };
        change?.Invoke(e);
        return e;
    }

    public static UserFacts Anna(Func<UserFacts, UserFacts>? change = null)
    {
        var facts = new UserFacts("user-001-01", 1, "en", 10, ContactRole.Champion, "en",
            Segment.Enterprise, LifecycleStage.Value, Coverage.Named, "Logistics", "Enterprise", 4200, 350, 240_000m,
            Today.AddDays(-400),
            new Dictionary<string, DateOnly> { ["dashboards"] = Today.AddDays(-1), ["reports"] = Today.AddDays(-45) },
            new Dictionary<string, MilestoneStatus> { ["Import your data"] = MilestoneStatus.Done, ["Go live"] = MilestoneStatus.InProgress },
            new HashSet<string>(StringComparer.Ordinal) { "report_created" });
        return change is null ? facts : change(facts);
    }

    public static readonly AttentionVerdict Allowed = new(true, AttentionReason.WithinBudget, 0, 0, null);

    public static EngagementDecision Evaluate(Engagement engagement, UserFacts? facts = null, EngagementState? state = null, AttentionVerdict? attention = null, DateTime? now = null) =>
        EngagementEvaluator.Evaluate(engagement, facts ?? Anna(), state, attention ?? Allowed, now ?? Now);

    public static EngagementState State(Action<EngagementState> change)
    {
        var state = new EngagementState { EngagementId = 1, UserId = "user-001-01", AccountId = 1 };
        change(state);
        return state;
    }

    public static AttentionTouch Touch(AttentionClass @class, string source, double hoursAgo) => new()
    {
        AccountId = 1, ContactId = 10, UserId = "user-001-01", Kind = AttentionKind.Nudge, Class = @class, Source = source, At = Now.AddHours(-hoursAgo),
    };
}
