using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Tests.Revenue;

public sealed class TheCurrencyTable
{
    private static readonly CurrencyTable Rates = new("EUR",
    [
        new CurrencyRate { Currency = "USD", ValidFrom = new(2026, 1, 1), Rate = 0.90m },
        new CurrencyRate { Currency = "USD", ValidFrom = new(2026, 7, 1), Rate = 0.85m },
    ]);

    [Fact]
    public void ConvertsWithTheRateDatedOnOrBeforeTheDay()
    {
        Assert.Equal(900m, Rates.Convert(1000m, "USD", new(2026, 6, 30)));
        Assert.Equal(850m, Rates.Convert(1000m, "usd", new(2026, 7, 1)));
    }

    [Fact]
    public void NeedsNoRateForTheReportingCurrency() => Assert.Equal(1000m, Rates.Convert(1000m, "EUR", new(2020, 1, 1)));

    [Fact]
    public void RefusesACurrencyWithoutARateRatherThanAddingItAsIs()
    {
        Assert.Null(Rates.Convert(1000m, "JPY", new(2026, 7, 1)));
        Assert.Null(Rates.Convert(1000m, "USD", new(2025, 12, 31)));
    }
}
