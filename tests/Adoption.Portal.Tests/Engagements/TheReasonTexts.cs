using System.Globalization;
using System.Xml.Linq;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using Adoption.Portal.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>"Why not shown" says every reason in the four languages, with its values filled in.</summary>
public sealed class TheReasonTexts
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(
        Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);

    private static readonly IStringLocalizer<EngagementReasonText> Texts = new StringLocalizer<EngagementReasonText>(Factory);
    private static readonly IStringLocalizer<SharedResource> Shared = new StringLocalizer<SharedResource>(Factory);

    public static TheoryData<string> Languages() => new("en", "fi", "it", "zh-Hans");

    [Fact]
    public void HasATextForEveryReason() =>
        Assert.DoesNotContain(Enum.GetValues<EngagementReason>(), r => !EngagementReasonText.Texts.ContainsKey(r));

    [Theory]
    [InlineData("fi")]
    [InlineData("it")]
    [InlineData("zh-Hans")]
    public void TranslatesEveryText(string language)
    {
        var path = Path.Combine(Repo.Root, "portal", "Adoption.Portal", "Resources", "Engagements", $"EngagementReasonText.{language}.resx");
        var translated = XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

        Assert.DoesNotContain(EngagementReasonText.AllKeys, k => string.IsNullOrWhiteSpace(translated.GetValueOrDefault(k)));
        // Every placeholder of the English text is in the translation, so no value is lost.
        Assert.All(EngagementReasonText.AllKeys, k => Assert.All(Placeholders(k), p => Assert.Contains(p, translated[k], StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SaysEveryReasonWithItsValuesFilledIn(string language)
    {
        using var _ = new CultureScope(language);
        var texts = Samples().Select(c => EngagementReasonText.Describe(c, Texts, Shared, new Dictionary<string, string> { ["api"] = "API" })).ToList();

        Assert.All(texts, t => Assert.DoesNotMatch(@"\{\d\}", t));
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.Equal(Samples().Count(), Enum.GetValues<EngagementReason>().Length + 1);
    }

    [Theory]
    [InlineData("en", "Snoozed until December 5")]
    [InlineData("fi", "Torkutettu 5. joulukuuta asti")]
    [InlineData("it", "Posticipato fino al 5 dicembre")]
    [InlineData("zh-Hans", "已推迟至12月5日")]
    public void SaysWhenASnoozeEnds(string language, string expected)
    {
        using var _ = new CultureScope(language);

        var text = EngagementReasonText.Describe(new(CheckStage.State, false, EngagementReason.Snoozed, new DateTime(2026, 12, 5, 9, 30, 0, DateTimeKind.Utc)), Texts, Shared);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("en", "Not in segment: stage is Adoption, needs Onboarding")]
    [InlineData("fi", "Ei kohderyhmässä: vaihe on Käyttöönotto, vaaditaan Aloitus")]
    public void NamesTheStageAndTheOneNeeded(string language, string expected)
    {
        using var _ = new CultureScope(language);

        var text = EngagementReasonText.Describe(new(CheckStage.Targeting, false, EngagementReason.StageMismatch, LifecycleStage.Adoption, new[] { LifecycleStage.Onboarding }), Texts, Shared);

        Assert.Equal(expected, text);
    }

    [Fact]
    public void SaysHowMuchOfTheBudgetIsUsed()
    {
        using var _ = new CultureScope("en");

        var text = EngagementReasonText.Describe(new(CheckStage.Budget, false, EngagementReason.BudgetInterrupting, 1, 1, new DateTime(2026, 12, 3, 8, 15, 0, DateTimeKind.Utc)), Texts, Shared);

        Assert.Equal("Budget: 1 of 1 prompts already today; fits again 12/3/2026 8:15\u202FAM UTC", text);
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value);

    private static IEnumerable<EngagementCheck> Samples()
    {
        var day = new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc);
        var stage = CheckStage.Targeting;
        return
        [
            new(CheckStage.Status, true, EngagementReason.Live),
            new(CheckStage.Status, false, EngagementReason.NotLive, EngagementStatus.Paused),
            new(CheckStage.Schedule, true, EngagementReason.InSchedule),
            new(CheckStage.Schedule, false, EngagementReason.NotStarted, day),
            new(CheckStage.Schedule, false, EngagementReason.Ended, day),
            new(stage, true, EngagementReason.SegmentMatches, Segment.Smb, new[] { Segment.Smb }),
            new(stage, false, EngagementReason.SegmentMismatch, Segment.Smb, new[] { Segment.Enterprise }),
            new(stage, true, EngagementReason.StageMatches, LifecycleStage.Value, new[] { LifecycleStage.Value }),
            new(stage, false, EngagementReason.StageMismatch, LifecycleStage.Value, new[] { LifecycleStage.Onboarding }),
            new(stage, true, EngagementReason.CoverageMatches, Coverage.Named, new[] { Coverage.Named }),
            new(stage, false, EngagementReason.CoverageMismatch, Coverage.Named, new[] { Coverage.TechTouch }),
            new(stage, true, EngagementReason.RoleMatches, ContactRole.Admin, new[] { ContactRole.Admin }),
            new(stage, false, EngagementReason.RoleMismatch, ContactRole.User, new[] { ContactRole.Admin }),
            new(stage, false, EngagementReason.RoleUnknown, new[] { ContactRole.Admin }),
            new(stage, true, EngagementReason.TraitMatches, AccountTrait.Industry, "Retail"),
            new(stage, false, EngagementReason.TraitMismatch, AccountTrait.Employees, "40", TraitOperator.AtLeast, "100"),
            new(stage, true, EngagementReason.FeatureUsed, "api", null, new DateOnly(2026, 12, 1)),
            new(stage, false, EngagementReason.FeatureNotUsedYet, "api", null),
            new(stage, true, EngagementReason.FeatureUnused, "api", 30),
            new(stage, false, EngagementReason.FeatureAlreadyUsed, "api", null, new DateOnly(2026, 11, 30)),
            new(stage, true, EngagementReason.FirstSeenInRange, 12),
            new(stage, false, EngagementReason.FirstSeenOutOfRange, 12, 30, null),
            new(stage, false, EngagementReason.NeverSeen, 7, null),
            new(stage, true, EngagementReason.MilestoneMatches, "Go live", Domain.Plans.MilestoneStatus.Done, new[] { Domain.Plans.MilestoneStatus.Done }),
            new(stage, false, EngagementReason.MilestoneMismatch, "Go live", Domain.Plans.MilestoneStatus.Blocked, new[] { Domain.Plans.MilestoneStatus.Done }),
            new(stage, false, EngagementReason.MilestoneMissing, "Go live"),
            new(stage, true, EngagementReason.AccountListed),
            new(stage, false, EngagementReason.AccountNotListed),
            new(CheckStage.Holdout, true, EngagementReason.NotHeldOut, 10),
            new(CheckStage.Holdout, false, EngagementReason.HeldOut, 10),
            new(CheckStage.State, true, EngagementReason.NotCompleted),
            new(CheckStage.State, false, EngagementReason.Completed, day),
            new(CheckStage.State, false, EngagementReason.Completed, (object?)null),
            new(CheckStage.State, true, EngagementReason.NotDismissed),
            new(CheckStage.State, false, EngagementReason.Dismissed, day),
            new(CheckStage.State, true, EngagementReason.NotSnoozed),
            new(CheckStage.State, false, EngagementReason.Snoozed, day),
            new(CheckStage.State, true, EngagementReason.FrequencyAllows, EngagementFrequency.Once),
            new(CheckStage.State, false, EngagementReason.SeenOnce, day),
            new(CheckStage.State, false, EngagementReason.SeenRecently, day, day.AddDays(7)),
            new(CheckStage.Budget, true, EngagementReason.WithinBudget),
            new(CheckStage.Budget, true, EngagementReason.CriticalPasses, 1, 1),
            new(CheckStage.Budget, true, EngagementReason.AlreadyCounted),
            new(CheckStage.Budget, false, EngagementReason.BudgetInterrupting, 1, 1, day.AddHours(9)),
            new(CheckStage.Budget, false, EngagementReason.BudgetAmbient, 3, 3, day.AddHours(9)),
            new(CheckStage.Budget, false, EngagementReason.BudgetAccount, 50, 50, day.AddHours(9)),
            new(CheckStage.Budget, false, EngagementReason.BudgetSurveyWait, 30, day.AddHours(9)),
            new(CheckStage.Priority, true, EngagementReason.HighestPriority, 60),
            new(CheckStage.Priority, false, EngagementReason.Outranked, "home", "Try the API"),
            new(stage, true, EngagementReason.SurveySampled, 100),
            new(stage, false, EngagementReason.SurveyNotSampled, 25),
            new(stage, true, EngagementReason.SurveyOldEnough, 40, 30),
            new(stage, false, EngagementReason.SurveyTooNew, 5, 30),
            new(stage, true, EngagementReason.SurveyActiveEnough, 9, 4),
            new(stage, false, EngagementReason.SurveyNotActiveEnough, 2, 4),
            new(CheckStage.State, true, EngagementReason.SurveyNotAnswered, 90),
            new(CheckStage.State, false, EngagementReason.SurveyAnsweredThisPeriod, day),
            new(CheckStage.State, false, EngagementReason.SurveyResurveyWait, day, day.AddDays(90)),
            new(CheckStage.State, true, EngagementReason.SurveyAccountOpen),
            new(CheckStage.State, false, EngagementReason.SurveyAccountAnswered, day.AddDays(-1)),
            new(CheckStage.State, true, EngagementReason.SurveyRoleTurn, ContactRole.Champion),
            new(CheckStage.State, false, EngagementReason.SurveyOtherRoleFirst, ContactRole.Admin, "—", ContactRole.User),
            new(CheckStage.State, true, EngagementReason.SurveyAskLaterLeft, 1, 2),
            new(CheckStage.State, false, EngagementReason.SurveyAskLaterUsed, 3, 2),
        ];
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentUICulture;
        private readonly CultureInfo previousFormat = CultureInfo.CurrentCulture;

        public CultureScope(string name) => CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(name);

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}
