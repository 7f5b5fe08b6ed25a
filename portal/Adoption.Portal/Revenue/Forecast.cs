using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Revenue;

/// <summary>One open renewal as the forecast counts it, already in the reporting currency.</summary>
public sealed record ForecastLine(int AccountId, RenewalForecast Call, decimal ArrAtStart, decimal? Expected);

/// <summary>The forecast by the CSM's call: how much ARR is due, how much each call expects to keep.</summary>
public sealed record ForecastTotals(decimal Due, decimal Likely, decimal AtRisk, decimal WillChurn, decimal NotCalled)
{
    /// <summary>What the book expects to keep: every call's expected amount (a churn keeps nothing).</summary>
    public decimal Expected => Likely + AtRisk + NotCalled;

    /// <summary>
    /// Sums the lines: a call without an amount expects the starting ARR (likely, at risk, not called)
    /// or nothing (will churn); the due total is always the starting ARR.
    /// </summary>
    public static ForecastTotals Of(IEnumerable<ForecastLine> lines)
    {
        decimal due = 0, likely = 0, atRisk = 0, churn = 0, notCalled = 0;
        foreach (var l in lines)
        {
            due += l.ArrAtStart;
            var expected = l.Call == RenewalForecast.WillChurn ? 0m : l.Expected ?? l.ArrAtStart;
            switch (l.Call)
            {
                case RenewalForecast.Likely: likely += expected; break;
                case RenewalForecast.AtRisk: atRisk += expected; break;
                case RenewalForecast.WillChurn: churn += l.ArrAtStart; break;
                default: notCalled += expected; break;
            }
        }

        return new ForecastTotals(due, likely, atRisk, churn, notCalled);
    }
}
