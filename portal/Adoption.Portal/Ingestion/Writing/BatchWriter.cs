using Adoption.Portal.Ingestion.Parsing;
using Adoption.Portal.Ingestion.Rollups;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Writes groups of requests, each group in one transaction (group commit), and keeps the rollups
/// current: counts add up in memory and are written, with the checkpoint, in a later transaction of
/// the same writer. After a crash the counts not yet written are recounted from the events past
/// the checkpoint, so rollups never miss nor double-count an event.
/// </summary>
internal sealed class BatchWriter(IIngestionStore store, AccountDirectory directory, ProfileUpdater profiles, MilestoneAutoCompleter milestones)
{
    private readonly RollupDeltas pending = new();
    // What this writer last wrote as the checkpoint; -1 until it has read the real one.
    private long checkpoint = -1;

    public bool HasPendingRollups => !pending.IsEmpty || checkpoint < 0;

    public long PendingSince => pending.Since;

    public int PendingCount => pending.Count;

    public Task OpenAsync(CancellationToken cancellationToken) => store.OpenAsync(cancellationToken);

    public async Task WriteAsync(IReadOnlyList<PendingWrite> group, bool flushRollups, CancellationToken cancellationToken)
    {
        var added = new RollupDeltas();
        long? flushedThrough = null;
        await store.BeginAsync(cancellationToken);
        try
        {
            foreach (var request in group)
            {
                foreach (var message in request.Messages)
                {
                    await WriteAsync(request, message, added, cancellationToken);
                }
            }

            if (flushRollups)
            {
                var all = new RollupDeltas();
                all.AddFrom(pending);
                all.AddFrom(added);
                flushedThrough = await FlushAsync(all, cancellationToken);
            }

            await store.CommitAsync(cancellationToken);
        }
        catch
        {
            await store.RollbackAsync();
            directory.Forget();
            milestones.Forget();
            throw;
        }

        if (flushedThrough is { } through)
        {
            pending.Clear();
            checkpoint = through;
        }
        else
        {
            pending.AddFrom(added);
        }
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await store.BeginAsync(cancellationToken);
        try
        {
            await RollupRebuilder.RebuildAsync(store.Db, cancellationToken);
            var through = await ReadCheckpointAsync(cancellationToken);
            milestones.Forget();
            await milestones.CheckAsync(store.Db, [], cancellationToken);
            await store.CommitAsync(cancellationToken);
            pending.Clear();
            checkpoint = through;
        }
        catch
        {
            await store.RollbackAsync();
            throw;
        }
    }

    private async Task WriteAsync(PendingWrite request, IncomingMessage message, RollupDeltas added, CancellationToken cancellationToken)
    {
        var key = request.WriteKeyId;
        switch (message.Type)
        {
            case MessageType.Group or MessageType.Identify or MessageType.Alias:
                // Effects first (the event row records the account they settle on), once per messageId.
                if (await store.ExistsAsync(key, message, cancellationToken))
                {
                    return;
                }

                var account = message.Type switch
                {
                    MessageType.Group => await profiles.GroupAsync(store.Db, message, cancellationToken),
                    _ => await directory.ResolveAsync(message.GroupId, message.UserKey, store, cancellationToken),
                };
                if (message.Type == MessageType.Identify)
                {
                    await profiles.IdentifyAsync(store.Db, message, account, cancellationToken);
                }
                else if (message.Type == MessageType.Alias)
                {
                    await profiles.AliasAsync(store, message, cancellationToken);
                }

                await store.TryInsertAsync(key, request.ReceivedAt, message, account, cancellationToken);
                return;
            default:
                var accountId = await directory.ResolveAsync(message.GroupId, message.UserKey, store, cancellationToken);
                if (await store.TryInsertAsync(key, request.ReceivedAt, message, accountId, cancellationToken) && accountId is { } a)
                {
                    added.Add(a, message.UserKey!, message.FeatureId, message.Day, message.Type == MessageType.Track ? message.Event : null);
                }

                return;
        }
    }

    private async Task<long> FlushAsync(RollupDeltas deltas, CancellationToken cancellationToken)
    {
        // The EF path holds added events until saved; the checkpoint must see them.
        await store.Db.SaveChangesAsync(cancellationToken);
        var stored = await ReadCheckpointAsync(cancellationToken);
        if (stored != checkpoint)
        {
            // First flush, or the rollups were rebuilt elsewhere: the counts held in memory may
            // already be in them, so recount everything past the stored checkpoint instead.
            deltas = await CountSinceAsync(stored, cancellationToken);
        }

        var through = await store.Db.TrackedEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
        var gained = await store.AddToRollupsAsync(deltas, cancellationToken);
        await store.Db.RollupCheckpoints.ExecuteUpdateAsync(s => s.SetProperty(c => c.AppliedThroughEventId, through), cancellationToken);
        await milestones.CheckAsync(store.Db, gained, cancellationToken);
        return through;
    }

    private Task<long> ReadCheckpointAsync(CancellationToken cancellationToken) =>
        store.Db.RollupCheckpoints.Select(c => c.AppliedThroughEventId).SingleAsync(cancellationToken);

    private async Task<RollupDeltas> CountSinceAsync(long eventId, CancellationToken cancellationToken)
    {
        var deltas = new RollupDeltas();
        var events = store.Db.TrackedEvents.AsNoTracking()
            .Where(e => e.Id > eventId && e.AccountId != null && (e.UserId != null || e.AnonymousId != null)
                && MessageTypes.ActivityNames.Contains(e.Type))
            .Select(e => new { AccountId = e.AccountId!.Value, User = e.UserId ?? e.AnonymousId, e.FeatureId, e.Day, e.Type, e.Event })
            .AsAsyncEnumerable();
        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            deltas.Add(e.AccountId, e.User!, e.FeatureId, e.Day, e.Type == MessageTypes.Track ? e.Event : null);
        }

        return deltas;
    }
}
