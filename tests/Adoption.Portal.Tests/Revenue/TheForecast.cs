using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheForecast
{
    [Fact]
    public void TotalsEachCallAndExpectsNothingFromAChurn()
    {
        var totals = ForecastTotals.Of(
        [
            new ForecastLine(1, RenewalForecast.Likely, 100_000m, 120_000m),
            new ForecastLine(2, RenewalForecast.Likely, 50_000m, null),
            new ForecastLine(3, RenewalForecast.AtRisk, 80_000m, 60_000m),
            new ForecastLine(4, RenewalForecast.WillChurn, 30_000m, 5_000m),
            new ForecastLine(5, RenewalForecast.NotCalled, 10_000m, null),
        ]);

        Assert.Equal(new ForecastTotals(270_000m, 170_000m, 60_000m, 30_000m, 10_000m), totals);
        Assert.Equal(240_000m, totals.Expected);
    }

    [Fact]
    public void IsZeroForNothingDue() => Assert.Equal(new ForecastTotals(0, 0, 0, 0, 0), ForecastTotals.Of([]));
}
