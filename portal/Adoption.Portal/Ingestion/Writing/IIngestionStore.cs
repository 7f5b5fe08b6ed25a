using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// The few database operations the writer does per event, one implementation per provider: raw
/// prepared SQLite commands on the hot path (<see cref="SqliteIngestionStore"/>), plain EF Core
/// elsewhere (<see cref="EfIngestionStore"/>). Everything rare (profiles, accounts, milestones,
/// checkpoints) goes through <see cref="Db"/>, an EF context on the same transaction.
/// </summary>
internal interface IIngestionStore : IAsyncDisposable
{
    Task OpenAsync(CancellationToken cancellationToken);

    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>EF Core on the current transaction (created on first use).</summary>
    AdoptionDb Db { get; }

    /// <summary>Stores the message unless this write key already sent it (same messageId and sender's
    /// timestamp); true when stored.</summary>
    ValueTask<bool> TryInsertAsync(int writeKeyId, DateTime receivedAt, IncomingMessage message, int? accountId, CancellationToken cancellationToken);

    ValueTask<bool> ExistsAsync(int writeKeyId, IncomingMessage message, CancellationToken cancellationToken);

    /// <summary>Adds the counts to the four rollup tables; answers the account/feature pairs that
    /// gained a person/feature/day row (someone used the feature on a day for the first time).</summary>
    Task<HashSet<(int Account, int Feature)>> AddToRollupsAsync(RollupDeltas deltas, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync();
}
