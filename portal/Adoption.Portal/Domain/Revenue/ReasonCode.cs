namespace Adoption.Portal.Domain.Revenue;

/// <summary>Why an account churned or contracted, from the list CS operations keep.</summary>
public sealed class ReasonCode : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Label { get; set; }
    public ReasonKind Kind { get; set; }
    /// <summary>Retired codes stay on past renewals but are no longer offered.</summary>
    public bool Retired { get; set; }
    public int Version { get; set; }
}
