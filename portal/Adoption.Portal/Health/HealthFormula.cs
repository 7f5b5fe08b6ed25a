namespace Adoption.Portal.Health;

/// <summary>The raw signals health is made of, for one account (30-day windows unless named otherwise).</summary>
public sealed record HealthSignals(
    int FeaturesUsed, int FeatureCount,
    int ActivePeople, int LicensedSeats, int ActivePeopleBefore,
    (int Completed, int Modules) Training,
    (int Total, int Promoters, int Detractors) Nps,
    (int Open, int Urgent) Tickets,
    int OpenRisks,
    (int Done, int Total) Milestones);

/// <summary>
/// The published formula (docs/health.md works an example): each factor 0..100, weighted by the
/// profile in force; every factor that counts names the figures behind it.
/// </summary>
public static class HealthFormula
{
    /// <summary>A drop this large (in %) in active people between two 30-day windows is worth saying.</summary>
    public const int NotableFallPercent = 20;

    public static AccountHealth Score(HealthSignals s, HealthProfile profile)
    {
        var reasons = new List<HealthReason>();
        var scores = new Dictionary<HealthFactor, int>();

        var breadth = s.FeatureCount == 0 ? 0 : (double)s.FeaturesUsed / s.FeatureCount;
        scores[HealthFactor.Adoption] = Percent(breadth);
        reasons.Add(new(breadth >= 0.5 ? HealthReasons.BroadAdoption : HealthReasons.NarrowAdoption, breadth >= 0.5, s.FeaturesUsed, s.FeatureCount));

        // Against seats bought, not people invited: inviting a colleague must never lower health.
        if (s.LicensedSeats <= 0)
        {
            scores[HealthFactor.Seats] = 50;
            reasons.Add(new(HealthReasons.NoSeats, false, s.ActivePeople));
        }
        else
        {
            var target = s.LicensedSeats * Math.Max(1, profile.SeatTargetPercent) / 100.0;
            var seats = Math.Min(100, Percent(s.ActivePeople / target));
            scores[HealthFactor.Seats] = seats;
            reasons.Add(new(seats >= 50 ? HealthReasons.SeatsUsed : HealthReasons.FewSeatsUsed, seats >= 50, s.ActivePeople, s.LicensedSeats));
        }

        if (s.ActivePeopleBefore > 0 && s.ActivePeople < s.ActivePeopleBefore)
        {
            var fall = (int)Math.Round(100.0 * (s.ActivePeopleBefore - s.ActivePeople) / s.ActivePeopleBefore);
            if (fall >= NotableFallPercent)
            {
                reasons.Add(new(HealthReasons.ActivePeopleFell, false, fall, s.ActivePeopleBefore, s.ActivePeople));
            }
        }

        if (s.Training.Modules == 0)
        {
            scores[HealthFactor.Engagement] = 50;
            reasons.Add(new(HealthReasons.NoTraining, false));
        }
        else
        {
            var share = Math.Min(1, (double)s.Training.Completed / s.Training.Modules);
            scores[HealthFactor.Engagement] = Percent(share);
            reasons.Add(new(HealthReasons.TrainingProgress, share >= 0.5, s.Training.Completed, s.Training.Modules));
        }

        if (s.Nps.Total == 0)
        {
            scores[HealthFactor.Nps] = 50;
            reasons.Add(new(HealthReasons.NoNps, false));
        }
        else
        {
            var nps = (int)Math.Round(100.0 * (s.Nps.Promoters - s.Nps.Detractors) / s.Nps.Total);
            scores[HealthFactor.Nps] = (nps + 100) / 2;
            reasons.Add(new(nps > 0 ? HealthReasons.PositiveNps : HealthReasons.NegativeNps, nps > 0, nps, s.Nps.Total));
        }

        var support = Math.Max(0, 100 - (profile.OpenTicketPenalty * s.Tickets.Open) - (profile.UrgentTicketPenalty * s.Tickets.Urgent));
        scores[HealthFactor.Support] = support;
        reasons.Add(s.Tickets.Open == 0
            ? new(HealthReasons.NoOpenTickets, true)
            : new(HealthReasons.OpenTickets, support >= 50, s.Tickets.Open, s.Tickets.Urgent));

        scores[HealthFactor.Sentiment] = Math.Max(0, 100 - (30 * s.OpenRisks));
        if (s.OpenRisks > 0)
        {
            reasons.Add(new(HealthReasons.OpenRisks, false, s.OpenRisks));
        }

        if (s.Milestones.Total == 0)
        {
            scores[HealthFactor.PlanProgress] = 50;
            reasons.Add(new(HealthReasons.NoPlan, false));
        }
        else
        {
            var share = (double)s.Milestones.Done / s.Milestones.Total;
            scores[HealthFactor.PlanProgress] = Percent(share);
            reasons.Add(new(HealthReasons.PlanProgress, share >= 0.5, s.Milestones.Done, s.Milestones.Total));
        }

        var components = Enum.GetValues<HealthFactor>().Where(f => profile.WeightOf(f) > 0)
            .Select(f => new HealthComponent(f, scores[f], profile.WeightOf(f) / 100.0)).ToList();
        var total = Math.Max(1, components.Sum(c => profile.WeightOf(c.Factor)));
        var score = (int)Math.Round(components.Sum(c => (double)c.Score * profile.WeightOf(c.Factor)) / total);
        // A factor CS operations weighted at zero does not count, so it gives no reason either.
        var counted = components.Select(c => c.Factor).ToHashSet();
        var shown = reasons.Where(r => counted.Contains(HealthReasons.FactorOf(r.Key))).OrderBy(r => r.Positive).ToList();
        return new AccountHealth(score, profile.ColorOf(score), components, shown);
    }

    private static int Percent(double share) => (int)Math.Round(share * 100);
}
