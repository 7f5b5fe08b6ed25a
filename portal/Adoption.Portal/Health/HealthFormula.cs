namespace Adoption.Portal.Health;

/// <summary>The raw signals health is made of, for one account.</summary>
public sealed record HealthSignals(
    int FeaturesUsed, int FeatureCount, int ActivePeople, int People,
    (int Total, int Promoters, int Detractors) Nps, (int Open, int Urgent) Tickets, int OpenRisks);

/// <summary>The published formula: each factor 0..100, weighted; reasons name the figures behind it.</summary>
public static class HealthFormula
{
    public static AccountHealth Score(HealthSignals s)
    {
        var reasons = new List<HealthReason>();

        var breadth = s.FeatureCount == 0 ? 0 : (double)s.FeaturesUsed / s.FeatureCount;
        var adoption = Percent(breadth);
        reasons.Add(new(breadth >= 0.5 ? HealthReasons.BroadAdoption : HealthReasons.NarrowAdoption, breadth >= 0.5, s.FeaturesUsed, s.FeatureCount));

        var activeShare = s.People == 0 ? 0 : Math.Min(1, (double)s.ActivePeople / s.People);
        var engagement = Percent(activeShare);
        reasons.Add(new(activeShare >= 0.5 ? HealthReasons.ActivePeople : HealthReasons.InactivePeople, activeShare >= 0.5, s.ActivePeople, s.People));

        int npsScore;
        if (s.Nps.Total == 0)
        {
            npsScore = 50;
            reasons.Add(new(HealthReasons.NoNps, false));
        }
        else
        {
            var nps = (int)Math.Round(100.0 * (s.Nps.Promoters - s.Nps.Detractors) / s.Nps.Total);
            npsScore = (nps + 100) / 2;
            reasons.Add(new(nps > 0 ? HealthReasons.PositiveNps : HealthReasons.NegativeNps, nps > 0, nps, s.Nps.Total));
        }

        var support = Math.Max(0, 100 - (15 * s.Tickets.Open) - (25 * s.Tickets.Urgent));
        reasons.Add(s.Tickets.Open == 0
            ? new(HealthReasons.NoOpenTickets, true)
            : new(HealthReasons.OpenTickets, support >= 50, s.Tickets.Open, s.Tickets.Urgent));

        var sentiment = Math.Max(0, 100 - (30 * s.OpenRisks));
        if (s.OpenRisks > 0)
        {
            reasons.Add(new(HealthReasons.OpenRisks, false, s.OpenRisks));
        }

        HealthComponent[] components =
        [
            new(HealthFactor.Adoption, adoption, 0.30),
            new(HealthFactor.Engagement, engagement, 0.25),
            new(HealthFactor.Nps, npsScore, 0.20),
            new(HealthFactor.Support, support, 0.15),
            new(HealthFactor.Sentiment, sentiment, 0.10),
        ];
        var score = (int)Math.Round(components.Sum(c => c.Score * c.Weight));
        return new AccountHealth(score, AccountHealth.ColorOf(score), components, reasons.OrderBy(r => r.Positive).ToList());
    }

    private static int Percent(double share) => (int)Math.Round(share * 100);
}
