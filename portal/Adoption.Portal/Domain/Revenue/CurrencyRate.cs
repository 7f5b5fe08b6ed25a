namespace Adoption.Portal.Domain.Revenue;

/// <summary>
/// What one unit of <see cref="Currency"/> is worth in the reporting currency from
/// <see cref="ValidFrom"/> on. Amounts in different currencies are only added up through these.
/// </summary>
public sealed class CurrencyRate
{
    public int Id { get; set; }
    public required string Currency { get; set; }
    public DateOnly ValidFrom { get; set; }
    public decimal Rate { get; set; }
}
