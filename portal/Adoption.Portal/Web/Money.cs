using System.Collections.Concurrent;

namespace Adoption.Portal.Web;

/// <summary>Amounts in an account's currency, written the reader's way: a Finn sees "12 000 €", an American "$12,000".</summary>
public static class Money
{
    private static readonly ConcurrentDictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase);

    public static string Format(decimal amount, string currency, int decimals = 0)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = Symbols.GetOrAdd(currency, SymbolOf);
        format.CurrencyDecimalDigits = decimals;
        return amount.ToString("C", format);
    }

    // The symbol the currency's own countries use (€, $, ¥); the ISO code when no culture knows it.
    private static string SymbolOf(string currency) =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => new RegionInfo(c.Name))
            .FirstOrDefault(r => string.Equals(r.ISOCurrencySymbol, currency, StringComparison.OrdinalIgnoreCase))?.CurrencySymbol
        ?? currency;
}
