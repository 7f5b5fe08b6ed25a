using Adoption.Portal.Domain.Training;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Portal.Tests.Training;

/// <summary>Badges and weekly streaks are worked out from completions and the clock.</summary>
public sealed class TheBadgesAndStreaks
{
    // A Wednesday.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [Fact]
    public void CountConsecutiveWeeksWithLearningAndKeepThisWeekOpen()
    {
        var learned = new[] { Now.AddDays(-7), Now.AddDays(-14), Now.AddDays(-15), Now.AddDays(-35) };

        Assert.Equal(2, Gamification.WeeklyStreak(learned, Now));
        Assert.Equal(3, Gamification.WeeklyStreak([.. learned, Now], Now));

        // Two weeks on with nothing learned since: the streak is over.
        clock.Advance(TimeSpan.FromDays(14));
        Assert.Equal(0, Gamification.WeeklyStreak(learned, Now));
    }

    [Fact]
    public void StartANewWeekOnMonday()
    {
        var sunday = new DateTime(2026, 11, 29, 23, 0, 0, DateTimeKind.Utc);
        var monday = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);

        Assert.Equal(2, Gamification.WeeklyStreak([sunday, monday], Now));
        Assert.Equal(1, Gamification.WeeklyStreak([monday, monday.AddDays(1)], Now));
    }

    [Fact]
    public void AwardTheFirstExercisePathAndMasteryBadges()
    {
        var facts = new List<LearningFact>
        {
            new(ModuleId: 1, FeatureId: null, Now.AddDays(-3), InProduct: false),
            new(ModuleId: 2, FeatureId: 7, Now.AddDays(-2), InProduct: true),
        };

        var partial = Gamification.BadgesOf(facts, [], [(7, "Alerts", [2, 3])]);
        Assert.Equal([BadgeKind.FirstExercise], partial.Select(b => b.Kind));
        Assert.Equal(Now.AddDays(-2), partial[0].EarnedAt);

        facts.Add(new(ModuleId: 3, FeatureId: 7, Now.AddDays(-1), InProduct: false));
        var all = Gamification.BadgesOf(facts, [("Reporting", Now)], [(7, "Alerts", [2, 3])]);

        Assert.Equal([BadgeKind.FirstExercise, BadgeKind.FeatureMastered, BadgeKind.PathCompleted], all.Select(b => b.Kind));
        Assert.Equal("Alerts", all[1].Subject);
        Assert.Equal(Now.AddDays(-1), all[1].EarnedAt);
    }

    [Fact]
    public void GiveNoMasteryWithoutTheExerciseDoneInTheProduct()
    {
        var facts = new List<LearningFact> { new(2, 7, Now, InProduct: false), new(3, 7, Now, InProduct: false) };

        Assert.Empty(Gamification.BadgesOf(facts, [], [(7, "Alerts", [2, 3])]));
    }

    [Fact]
    public void PassAQuizOnlyWithExactlyTheRightChoices()
    {
        var quiz = new Quiz
        {
            PassPercent = 50,
            Questions =
            [
                new() { Choices = [new() { Correct = true }, new()] },
                new() { Multiple = true, Choices = [new() { Correct = true }, new() { Correct = true }, new()] },
            ],
        };

        Assert.Equal(new QuizScore(2, 2, 100, true), quiz.Score([[0], [0, 1]]));
        Assert.Equal(new QuizScore(1, 2, 50, true), quiz.Score([[0], [0]]));
        Assert.Equal(new QuizScore(0, 2, 0, false), quiz.Score([[1], [0, 1, 2]]));
    }
}
