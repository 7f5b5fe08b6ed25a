namespace Adoption.Portal.Domain.Revenue;

/// <summary>
/// One contract term of an account coming up for renewal: what it was worth when the term started,
/// what the CSM expects, and, once closed, what happened and why.
/// </summary>
public sealed class RenewalRecord : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly DueDate { get; set; }
    /// <summary>ARR when the term started, in <see cref="Currency"/>.</summary>
    public decimal ArrAtStart { get; set; }
    public string Currency { get; set; } = "EUR";
    public RenewalOutcome Outcome { get; set; }
    /// <summary>ARR of the next term once closed (zero for a churn).</summary>
    public decimal? NewArr { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>Required for a churn or a contraction: one of the codes CS operations keep.</summary>
    public int? ReasonCodeId { get; set; }
    public string? Notes { get; set; }
    /// <summary>The CSM who owned the account for this term (kept when the account changes hands).</summary>
    public string? CsmUserId { get; set; }
    /// <summary>The CSM's call while the renewal is open.</summary>
    public RenewalForecast Forecast { get; set; }
    /// <summary>The amount the CSM expects to renew at; the start ARR when not given.</summary>
    public decimal? ForecastArr { get; set; }
    public int Version { get; set; }

    public ReasonCode? ReasonCode { get; set; }

    public bool IsOpen => Outcome == RenewalOutcome.Open;
}
