using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Nps;

namespace Adoption.Portal.Tests.Nps;

/// <summary>NPS = % promoters − % detractors, against worked examples published with the method.</summary>
public sealed class TheNpsArithmetic
{
    private static IEnumerable<int> Scores(int promoters, int passives, int detractors) =>
        Enumerable.Repeat(10, promoters).Concat(Enumerable.Repeat(8, passives)).Concat(Enumerable.Repeat(3, detractors));

    [Fact]
    public void GivesSixtyForSeventyPromotersTwentyPassivesAndTenDetractorsOfAHundred()
    {
        // Qualtrics' worked example: 70% promoters − 10% detractors = 60.
        var nps = NpsMath.Score(Scores(70, 20, 10))!;

        Assert.Equal((100, 70, 20, 10, 60), (nps.N, nps.Promoters, nps.Passives, nps.Detractors, nps.Value));
        Assert.False(nps.SmallSample);
    }

    [Fact]
    public void CanBeNegativeAndRoundsHalfAwayFromZero()
    {
        // 150 answers: 30 promoters (20%), 45 passives, 75 detractors (50%): 20 − 50 = −30.
        Assert.Equal(-30, NpsMath.Score(Scores(30, 45, 75))!.Value);
        // 8 answers: 4 promoters (50%), 1 passive, 3 detractors (37.5%): 12.5 rounds to 13, and the mirror image to −13.
        Assert.Equal(13, NpsMath.Score(Scores(4, 1, 3))!.Value);
        Assert.Equal(-13, NpsMath.Score(Scores(3, 1, 4))!.Value);
    }

    [Fact]
    public void PutsNineAndTenInPromotersSevenAndEightInPassivesAndTheRestInDetractors()
    {
        Assert.Equal(
            [NpsCategory.Detractor, NpsCategory.Detractor, NpsCategory.Detractor, NpsCategory.Detractor, NpsCategory.Detractor, NpsCategory.Detractor,
             NpsCategory.Detractor, NpsCategory.Passive, NpsCategory.Passive, NpsCategory.Promoter, NpsCategory.Promoter],
            Enumerable.Range(0, 11).Select(NpsMath.Category));
        var all = NpsMath.Score(Enumerable.Range(0, 11))!;
        Assert.Equal((2, 2, 7, -45), (all.Promoters, all.Passives, all.Detractors, all.Value));
    }

    [Fact]
    public void IsNothingWithoutAnswersAndFlagsSmallSamples()
    {
        Assert.Null(NpsMath.Score([]));
        var one = NpsMath.Score([10])!;
        Assert.Equal(100, one.Value);
        Assert.True(one.SmallSample);
    }
}
