using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>One arm of the comparison: eligible users whose goal window has passed, and how many reached the goal.</summary>
public sealed record LiftGroup(int Users, int Converted)
{
    public double Rate => Users == 0 ? 0 : (double)Converted / Users;
}

/// <summary>
/// The lift of an engagement: goal rate of the shown group minus that of the holdout, with a 95%
/// interval. <see cref="Difference"/> is null below <see cref="LiftCalculator.MinimumPerGroup"/>
/// users in either group ("not enough data yet").
/// </summary>
public sealed record LiftResult(LiftGroup Shown, LiftGroup HeldOut, double? Difference, double? Low, double? High)
{
    public bool EnoughData => Difference is not null;
}

/// <summary>
/// Difference of two proportions with the normal (Wald) 95% interval. The shown group is everyone
/// eligible and not held out, whether or not the host rendered it (intention to treat): comparing only
/// those who saw it with the holdout would credit the nudge with the habits of people who visit often.
/// </summary>
public static class LiftCalculator
{
    /// <summary>Below this many users in either group the interval is too wide to mean anything.</summary>
    public const int MinimumPerGroup = 30;
    public const double Z95 = 1.959964;

    public static LiftResult Compute(LiftGroup shown, LiftGroup heldOut)
    {
        if (shown.Users < MinimumPerGroup || heldOut.Users < MinimumPerGroup)
        {
            return new LiftResult(shown, heldOut, null, null, null);
        }

        var difference = shown.Rate - heldOut.Rate;
        var error = Math.Sqrt(shown.Rate * (1 - shown.Rate) / shown.Users + heldOut.Rate * (1 - heldOut.Rate) / heldOut.Users);
        return new LiftResult(shown, heldOut, difference, difference - Z95 * error, difference + Z95 * error);
    }

    /// <summary>
    /// Reads the engagement's eligible users whose goal window has fully passed and whether each used
    /// the goal feature within it (from the day of first eligibility), then computes the lift.
    /// </summary>
    public static async Task<LiftResult?> ForAsync(AdoptionDb db, Engagement engagement, DateTime now, CancellationToken cancellationToken = default)
    {
        if (engagement.GoalFeatureId is not { } goal)
        {
            return null;
        }

        var matured = now.AddDays(-engagement.GoalWindowDays);
        var states = await db.EngagementStates.AsNoTracking()
            .Where(s => s.EngagementId == engagement.Id && s.FirstEligibleAt != null && s.FirstEligibleAt <= matured)
            .Select(s => new { s.UserId, s.AccountId, s.HeldOut, s.FirstEligibleAt })
            .ToListAsync(cancellationToken);
        var users = states.Select(s => s.UserId).Distinct().ToList();
        var uses = (await db.UserFeatureDays.AsNoTracking()
                .Where(d => d.FeatureId == goal && users.Contains(d.UserKey))
                .Select(d => new { d.UserKey, d.AccountId, d.Day })
                .ToListAsync(cancellationToken))
            .ToLookup(d => (d.UserKey, d.AccountId), d => d.Day);
        var converted = states.Select(s =>
        {
            var from = DateOnly.FromDateTime(s.FirstEligibleAt!.Value);
            var to = from.AddDays(engagement.GoalWindowDays);
            return (s.HeldOut, Converted: uses[(s.UserId, s.AccountId)].Any(d => d >= from && d <= to));
        }).ToList();
        return Compute(Group(converted, heldOut: false), Group(converted, heldOut: true));
    }

    private static LiftGroup Group(List<(bool HeldOut, bool Converted)> users, bool heldOut) =>
        new(users.Count(u => u.HeldOut == heldOut), users.Count(u => u.HeldOut == heldOut && u.Converted));
}
