namespace Adoption.Portal.Domain.Value;

/// <summary>
/// Annual value delivered against what the account pays a year (ARR), both in the account's currency.
/// Only value both sides signed off counts: the statement is shown to executives at renewal.
/// </summary>
public sealed record RoiStatement(decimal AnnualValue, decimal Arr, string Currency, int EntryCount)
{
    /// <summary>Value per unit of spend (2.5 means the product returns two and a half times its price); null without ARR.</summary>
    public decimal? Multiple => Arr == 0 ? null : Math.Round(AnnualValue / Arr, 2, MidpointRounding.AwayFromZero);

    /// <summary>Return on investment in percent: (value − cost) / cost; null without ARR.</summary>
    public decimal? RoiPercent => Arr == 0 ? null : Math.Round((AnnualValue - Arr) * 100 / Arr, 0, MidpointRounding.AwayFromZero);

    public static RoiStatement For(IEnumerable<ValueEntry> entries, decimal arr, string currency)
    {
        var agreed = entries.Where(e => e.CustomerVisible && e.FullySignedOff).ToList();
        return new RoiStatement(agreed.Sum(e => e.AnnualValue), arr, currency, agreed.Count);
    }
}
