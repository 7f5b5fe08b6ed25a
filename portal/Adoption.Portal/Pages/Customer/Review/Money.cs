using System.Collections.Concurrent;

namespace Adoption.Portal.Pages.Customer.Review;

/// <summary>Amounts in the account's currency, written the reader's way (Finnish "240 000 €", English "€240,000").</summary>
public static class Money
{
    private static readonly ConcurrentDictionary<string, string> Symbols = new(StringComparer.Ordinal);

    public static string Format(decimal amount, string currency, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbols.GetOrAdd(currency, SymbolOf);
        format.CurrencyDecimalDigits = amount == decimal.Truncate(amount) ? 0 : 2;
        return amount.ToString("C", format);
    }

    private static string SymbolOf(string currency)
    {
        var region = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => new RegionInfo(c.Name))
            .FirstOrDefault(r => r.ISOCurrencySymbol == currency);
        return region?.CurrencySymbol ?? currency;
    }
}
