using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Revenue;

/// <summary>
/// Converts amounts into the reporting currency with the rates CS operations keep. A currency with
/// no rate dated on or before the day cannot be converted: callers leave it out and say so, rather
/// than adding euros to yen.
/// </summary>
public sealed class CurrencyTable(string reportingCurrency, IEnumerable<CurrencyRate> rates)
{
    private readonly List<CurrencyRate> _rates = rates.OrderBy(r => r.ValidFrom).ToList();

    public string ReportingCurrency { get; } = reportingCurrency;

    public decimal? RateOn(string currency, DateOnly day) =>
        string.Equals(currency, ReportingCurrency, StringComparison.OrdinalIgnoreCase)
            ? 1m
            : _rates.LastOrDefault(r => string.Equals(r.Currency, currency, StringComparison.OrdinalIgnoreCase) && r.ValidFrom <= day)?.Rate;

    public decimal? Convert(decimal amount, string currency, DateOnly day) => RateOn(currency, day) is { } rate ? amount * rate : null;
}
