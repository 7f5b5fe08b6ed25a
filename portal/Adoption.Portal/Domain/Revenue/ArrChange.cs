namespace Adoption.Portal.Domain.Revenue;

/// <summary>
/// An account's ARR from a date on, with who owned it then. Rows are only ever added: the figures
/// of a past period read the rows in effect then, so today's change never rewrites them.
/// </summary>
public sealed class ArrChange
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public decimal Arr { get; set; }
    public string Currency { get; set; } = "EUR";
    public ArrSource Source { get; set; }
    public string? CsmUserId { get; set; }
    public Segment Segment { get; set; }
    public Coverage Coverage { get; set; }
    public DateTime RecordedAt { get; set; }

    public Account? Account { get; set; }
}
