using Adoption.Portal.Health;

namespace Adoption.Portal.Revenue;

public enum ExpansionSignal
{
    /// <summary>More people use the product than the account has seats for.</summary>
    SeatsAboveLicensed,
    /// <summary>Seats nearly all used (90 % or more).</summary>
    SeatsNearLimit,
    /// <summary>A promoter's latest answer on a green account: ready to hear about more.</summary>
    HappyPromoter,
}

/// <summary>Signals that suggest an expansion opportunity, from facts the portal already has.</summary>
public static class ExpansionSignals
{
    public static IReadOnlyList<ExpansionSignal> For(int licensedSeats, int activeUsers, int? latestNps, HealthColor health)
    {
        var signals = new List<ExpansionSignal>();
        if (licensedSeats > 0 && activeUsers > licensedSeats)
        {
            signals.Add(ExpansionSignal.SeatsAboveLicensed);
        }
        else if (licensedSeats > 0 && activeUsers * 10 >= licensedSeats * 9)
        {
            signals.Add(ExpansionSignal.SeatsNearLimit);
        }

        if (latestNps >= 9 && health == HealthColor.Green)
        {
            signals.Add(ExpansionSignal.HappyPromoter);
        }

        return signals;
    }
}
