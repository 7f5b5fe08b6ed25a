using Adoption.Portal.Domain.Engagements;

namespace Adoption.Portal.Engagements;

/// <summary>The targeting stage of a decision: one check per rule that is set, in the order of <see cref="Targeting"/>.</summary>
public static class TargetingRules
{
    public static void Check(Targeting t, UserFacts facts, DateOnly today, List<EngagementCheck> checks)
    {
        if (t.Segments.Count > 0)
        {
            checks.Add(Rule(t.Segments.Contains(facts.Segment), EngagementReason.SegmentMatches, EngagementReason.SegmentMismatch, facts.Segment, t.Segments));
        }

        if (t.Stages.Count > 0)
        {
            checks.Add(Rule(t.Stages.Contains(facts.Stage), EngagementReason.StageMatches, EngagementReason.StageMismatch, facts.Stage, t.Stages));
        }

        if (t.Coverages.Count > 0)
        {
            checks.Add(Rule(t.Coverages.Contains(facts.Coverage), EngagementReason.CoverageMatches, EngagementReason.CoverageMismatch, facts.Coverage, t.Coverages));
        }

        if (t.Roles.Count > 0)
        {
            checks.Add(facts.Role is { } role
                ? Rule(t.Roles.Contains(role), EngagementReason.RoleMatches, EngagementReason.RoleMismatch, role, t.Roles)
                : new(CheckStage.Targeting, false, EngagementReason.RoleUnknown, t.Roles));
        }

        foreach (var trait in t.Traits)
        {
            var actual = Trait(facts, trait.Trait);
            checks.Add(Holds(trait, actual)
                ? new(CheckStage.Targeting, true, EngagementReason.TraitMatches, trait.Trait, actual ?? "—")
                : new(CheckStage.Targeting, false, EngagementReason.TraitMismatch, trait.Trait, actual ?? "—", trait.Operator, trait.Value));
        }

        foreach (var feature in t.Features)
        {
            checks.Add(Feature(feature, facts, today));
        }

        if (t.MinDaysSinceFirstSeen is not null || t.MaxDaysSinceFirstSeen is not null)
        {
            checks.Add(FirstSeen(t, facts, today));
        }

        foreach (var milestone in t.Milestones)
        {
            checks.Add(facts.Milestones.TryGetValue(milestone.Title, out var status)
                ? Rule(milestone.Statuses.Contains(status), EngagementReason.MilestoneMatches, EngagementReason.MilestoneMismatch, milestone.Title, status, milestone.Statuses)
                : new(CheckStage.Targeting, false, EngagementReason.MilestoneMissing, milestone.Title));
        }

        if (t.Accounts.Count > 0)
        {
            checks.Add(t.Accounts.Contains(facts.AccountId)
                ? new(CheckStage.Targeting, true, EngagementReason.AccountListed)
                : new(CheckStage.Targeting, false, EngagementReason.AccountNotListed));
        }
    }

    private static EngagementCheck Rule(bool holds, EngagementReason pass, EngagementReason fail, params object?[] values) =>
        new(CheckStage.Targeting, holds, holds ? pass : fail, values);

    private static EngagementCheck Feature(FeatureRule rule, UserFacts facts, DateOnly today)
    {
        var used = facts.FeaturesLastUsed.TryGetValue(rule.FeatureKey, out var last)
            && (rule.WithinDays is not { } days || last > today.AddDays(-days));
        return (rule.Used, used) switch
        {
            (true, true) => new(CheckStage.Targeting, true, EngagementReason.FeatureUsed, rule.FeatureKey, rule.WithinDays, last),
            (true, false) => new(CheckStage.Targeting, false, EngagementReason.FeatureNotUsedYet, rule.FeatureKey, rule.WithinDays),
            (false, false) => new(CheckStage.Targeting, true, EngagementReason.FeatureUnused, rule.FeatureKey, rule.WithinDays),
            (false, true) => new(CheckStage.Targeting, false, EngagementReason.FeatureAlreadyUsed, rule.FeatureKey, rule.WithinDays, last),
        };
    }

    private static EngagementCheck FirstSeen(Targeting t, UserFacts facts, DateOnly today)
    {
        if (facts.FirstSeen is not { } first)
        {
            // Never active: zero days, which only a rule without a minimum lets through.
            return (t.MinDaysSinceFirstSeen ?? 0) == 0
                ? new(CheckStage.Targeting, true, EngagementReason.FirstSeenInRange, 0)
                : new(CheckStage.Targeting, false, EngagementReason.NeverSeen, t.MinDaysSinceFirstSeen, t.MaxDaysSinceFirstSeen);
        }

        var days = today.DayNumber - first.DayNumber;
        var holds = days >= (t.MinDaysSinceFirstSeen ?? 0) && days <= (t.MaxDaysSinceFirstSeen ?? int.MaxValue);
        return holds
            ? new(CheckStage.Targeting, true, EngagementReason.FirstSeenInRange, days)
            : new(CheckStage.Targeting, false, EngagementReason.FirstSeenOutOfRange, days, t.MinDaysSinceFirstSeen, t.MaxDaysSinceFirstSeen);
    }

    private static string? Trait(UserFacts facts, AccountTrait trait) => trait switch
    {
        AccountTrait.Industry => facts.Industry,
        AccountTrait.Plan => facts.Plan,
        AccountTrait.Employees => facts.Employees.ToString(CultureInfo.InvariantCulture),
        AccountTrait.LicensedSeats => facts.LicensedSeats.ToString(CultureInfo.InvariantCulture),
        _ => facts.Arr.ToString(CultureInfo.InvariantCulture),
    };

    private static bool Holds(TraitRule rule, string? actual)
    {
        if (rule.Operator is TraitOperator.Equals or TraitOperator.NotEquals)
        {
            var equal = string.Equals(actual, rule.Value, StringComparison.OrdinalIgnoreCase);
            return rule.Operator == TraitOperator.Equals ? equal : !equal;
        }

        // The validator admits AtLeast/AtMost only with a number, so a text here never matches.
        return decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(rule.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            && (rule.Operator == TraitOperator.AtLeast ? a >= v : a <= v);
    }
}
