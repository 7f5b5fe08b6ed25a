namespace Adoption.Portal.Domain.Value;

/// <summary>An outcome achieved, with evidence, signed off by both sides.</summary>
public sealed class ValueEntry : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int? ObjectiveId { get; set; }
    public required string Outcome { get; set; }
    public string? Unit { get; set; }
    public decimal Before { get; set; }
    public decimal After { get; set; }
    /// <summary>What the change is worth a year, in the account's currency (for the ROI statement).</summary>
    public decimal AnnualValue { get; set; }
    public string? Evidence { get; set; }
    public DateOnly AchievedOn { get; set; }
    public string? CustomerSignedOffBy { get; set; }
    public DateTime? CustomerSignedOffAt { get; set; }
    public string? CsmSignedOffBy { get; set; }
    public DateTime? CsmSignedOffAt { get; set; }
    public bool CustomerVisible { get; set; } = true;
    public int Version { get; set; }

    public bool FullySignedOff => CustomerSignedOffAt is not null && CsmSignedOffAt is not null;
}
