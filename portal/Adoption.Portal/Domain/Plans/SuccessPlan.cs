namespace Adoption.Portal.Domain.Plans;

/// <summary>The outcomes an account bought the product for, agreed with its CSM.</summary>
public sealed class SuccessPlan : IVersioned
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public int? TemplateId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }

    public List<Objective> Objectives { get; set; } = [];
}
