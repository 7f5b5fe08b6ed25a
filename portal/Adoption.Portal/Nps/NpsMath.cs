using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Nps;

/// <summary>Net Promoter arithmetic: % promoters (9–10) − % detractors (0–6), on the answers counted, with n.</summary>
public static class NpsMath
{
    /// <summary>Below this many answers a score is shown with a warning: one answer moves it by 20 points or more.</summary>
    public const int SmallN = 5;

    public static NpsCategory Category(int score) => score >= 9 ? NpsCategory.Promoter : score >= 7 ? NpsCategory.Passive : NpsCategory.Detractor;

    /// <summary>The score of <paramref name="scores"/>: null when there are none.</summary>
    public static NpsScore? Score(IEnumerable<int> scores)
    {
        int n = 0, promoters = 0, detractors = 0;
        foreach (var s in scores)
        {
            n++;
            promoters += s >= 9 ? 1 : 0;
            detractors += s <= 6 ? 1 : 0;
        }

        return n == 0 ? null : new NpsScore(n, promoters, n - promoters - detractors, detractors);
    }
}

/// <summary>An NPS with the counts behind it. <see cref="Value"/> is rounded half away from zero to a whole number.</summary>
public sealed record NpsScore(int N, int Promoters, int Passives, int Detractors)
{
    public double Exact => 100.0 * (Promoters - Detractors) / N;
    public int Value => (int)Math.Round(Exact, MidpointRounding.AwayFromZero);
    public double PromoterPercent => 100.0 * Promoters / N;
    public double DetractorPercent => 100.0 * Detractors / N;
    public bool SmallSample => N < NpsMath.SmallN;
}
