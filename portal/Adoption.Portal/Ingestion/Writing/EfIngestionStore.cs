using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Parsing;
using Microsoft.EntityFrameworkCore.Storage;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// The provider-neutral path (SQL Server in production): plain EF Core, one context per
/// transaction. Correct rather than fast; the SQLite path is the fast one.
/// </summary>
internal sealed class EfIngestionStore(Func<AdoptionDb> createDb) : IIngestionStore
{
    // Messages added in the open transaction but not yet saved: a repeat within one batch is a duplicate too.
    private readonly HashSet<(int, long, string)> added = [];
    private AdoptionDb? db;
    private IDbContextTransaction? transaction;

    public AdoptionDb Db => db ?? throw new InvalidOperationException("No transaction is open.");

    public Task OpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        db = createDb();
        transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        added.Clear();
    }

    public async ValueTask<bool> TryInsertAsync(int writeKeyId, DateTime receivedAt, IncomingMessage message, int? accountId, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(writeKeyId, message, cancellationToken))
        {
            return false;
        }

        added.Add((writeKeyId, message.SentTimestamp, message.MessageId));
        Db.TrackedEvents.Add(new TrackedEvent
        {
            WriteKeyId = writeKeyId, MessageId = message.MessageId, SentTimestamp = message.SentTimestamp, Type = MessageTypes.Name(message.Type), Event = message.Event,
            UserId = message.UserId, AnonymousId = message.AnonymousId, GroupId = message.GroupId, AccountId = accountId,
            FeatureId = message.FeatureId, Timestamp = message.Timestamp, Day = message.Day, ReceivedAt = receivedAt,
            TimestampClamped = message.TimestampClamped, Payload = message.Payload,
        });
        return true;
    }

    public async ValueTask<bool> ExistsAsync(int writeKeyId, IncomingMessage message, CancellationToken cancellationToken) =>
        added.Contains((writeKeyId, message.SentTimestamp, message.MessageId))
        || await Db.TrackedEvents.AnyAsync(e => e.WriteKeyId == writeKeyId && e.SentTimestamp == message.SentTimestamp && e.MessageId == message.MessageId, cancellationToken);

    public async Task<HashSet<(int Account, int Feature)>> AddToRollupsAsync(RollupDeltas deltas, CancellationToken cancellationToken)
    {
        var gained = new HashSet<(int Account, int Feature)>();
        foreach (var ((account, feature, day, user), events) in deltas.UserFeatureDays)
        {
            var row = await Db.UserFeatureDays.FindAsync([account, feature, day, user], cancellationToken);
            var afd = await Db.AccountFeatureDays.FindAsync([account, feature, day], cancellationToken);
            if (afd is null)
            {
                afd = new AccountFeatureDay { AccountId = account, FeatureId = feature, Day = day };
                Db.AccountFeatureDays.Add(afd);
            }

            afd.Events += events;
            if (row is null)
            {
                Db.UserFeatureDays.Add(new UserFeatureDay { AccountId = account, FeatureId = feature, Day = day, UserKey = user, Events = events });
                afd.Users++;
                gained.Add((account, feature));
            }
            else
            {
                row.Events += events;
            }
        }

        foreach (var ((account, day, user), events) in deltas.UserDays)
        {
            var row = await Db.UserDays.FindAsync([account, day, user], cancellationToken);
            if (row is null)
            {
                Db.UserDays.Add(new UserDay { AccountId = account, Day = day, UserKey = user, Events = events });
            }
            else
            {
                row.Events += events;
            }
        }

        foreach (var ((account, user, name), span) in deltas.UserEvents)
        {
            var row = await Db.UserEvents.FindAsync([account, user, name], cancellationToken);
            if (row is null)
            {
                Db.UserEvents.Add(new UserEvent { AccountId = account, UserKey = user, Event = name, FirstDay = span.FirstDay, LastDay = span.LastDay, Events = span.Events });
            }
            else
            {
                row.Events += span.Events;
                row.FirstDay = span.FirstDay < row.FirstDay ? span.FirstDay : row.FirstDay;
                row.LastDay = span.LastDay > row.LastDay ? span.LastDay : row.LastDay;
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        return gained;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        await EndAsync();
    }

    public async Task RollbackAsync()
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync();
        }

        await EndAsync();
    }

    public ValueTask DisposeAsync() => new(EndAsync());

    private async Task EndAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
            transaction = null;
        }

        if (db is not null)
        {
            await db.DisposeAsync();
            db = null;
        }
    }
}
