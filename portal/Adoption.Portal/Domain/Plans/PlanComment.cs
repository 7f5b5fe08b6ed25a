namespace Adoption.Portal.Domain.Plans;

/// <summary>A comment on an objective or a milestone of a plan.</summary>
public sealed class PlanComment
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? ObjectiveId { get; set; }
    public int? MilestoneId { get; set; }
    public required string AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public required string Body { get; set; }
    /// <summary>Internal comments are written by the CSM for the vendor side only.</summary>
    public bool Internal { get; set; }
    public DateTime CreatedAt { get; set; }
}
