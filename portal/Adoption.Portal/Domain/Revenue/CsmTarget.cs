namespace Adoption.Portal.Domain.Revenue;

/// <summary>A CSM's quarterly target ("quota"): the ARR to renew and grow, set by CS operations.</summary>
public sealed class CsmTarget : IVersioned
{
    public int Id { get; set; }
    public required string CsmUserId { get; set; }
    /// <summary>The first day of the quarter.</summary>
    public DateOnly Quarter { get; set; }
    /// <summary>In the reporting currency.</summary>
    public decimal Amount { get; set; }
    public int Version { get; set; }
}
