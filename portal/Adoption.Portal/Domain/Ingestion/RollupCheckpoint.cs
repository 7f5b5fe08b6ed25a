namespace Adoption.Portal.Domain.Ingestion;

/// <summary>
/// How far the rollups have counted: every tracked event with an id up to
/// <see cref="AppliedThroughEventId"/> is in them, none after. One row (id 1). The ingestion writer
/// folds newer events in and moves it in the same transaction, so after a crash it resumes from here.
/// </summary>
public sealed class RollupCheckpoint
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public long AppliedThroughEventId { get; set; }
}
