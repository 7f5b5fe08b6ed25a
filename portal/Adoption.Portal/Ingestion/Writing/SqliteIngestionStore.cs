using Adoption.Portal.Ingestion.Parsing;
using Microsoft.Data.Sqlite;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// The SQLite hot path: one dedicated connection, prepared commands, and the writer's transactions.
/// EF Core change tracking costs more per row than SQLite's own insert, so events and rollups are
/// written here with plain commands; see docs/decisions/0003-ingestion-hot-path.md.
/// The per-event methods (<see cref="TryInsertAsync"/>, <see cref="ExistsAsync"/>,
/// <see cref="AddToRollupsAsync"/>) run synchronously and return completed tasks: SQLite has no
/// asynchronous I/O (Microsoft.Data.Sqlite's async calls block too), and they run on the writer's
/// own thread, so blocking there holds up no request. They check for cancellation before they start.
/// </summary>
internal sealed class SqliteIngestionStore(DatabaseOptions database) : IIngestionStore
{
    private readonly SqliteConnection connection = new(database.ConnectionString);
    private readonly WalCheckpointer checkpointer = new(database.ConnectionString);
    private SqliteStatements? statements;
    private DbContextOptions<SqliteAdoptionDb>? efOptions;
    private SqliteTransaction? transaction;
    private SqliteAdoptionDb? db;
    // EF Core stores DateOnly as ISO text on SQLite; the days of a batch repeat, so cache the strings.
    private readonly Dictionary<DateOnly, string> dayTexts = [];

    public AdoptionDb Db => db ??= CreateDb();

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // FULL: a commit is on disk before the API says 200. The cache holds the dedup index's hot pages.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        checkpointer.Start();
        statements = new SqliteStatements(connection);
        efOptions = new DbContextOptionsBuilder<SqliteAdoptionDb>().UseSqlite(connection).Options;
    }

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        statements!.Enlist(transaction);
    }

    public ValueTask<bool> TryInsertAsync(int writeKeyId, DateTime receivedAt, IncomingMessage message, int? accountId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stored = statements!.InsertEvent.Execute(writeKeyId, message, accountId, DayText(message.Day), receivedAt.Ticks);
        return ValueTask.FromResult(stored);
    }

    public ValueTask<bool> ExistsAsync(int writeKeyId, IncomingMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var exists = statements!.EventExists;
        exists.Parameters[0].Value = writeKeyId;
        exists.Parameters[1].Value = message.SentTimestamp;
        exists.Parameters[2].Value = message.MessageId;
        return ValueTask.FromResult(exists.ExecuteScalar() is not null);
    }

    public Task<HashSet<(int Account, int Feature)>> AddToRollupsAsync(RollupDeltas deltas, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var s = statements!;
        var accountFeatureDays = new Dictionary<(int Account, int Feature, DateOnly Day), (int Events, int Users)>();
        var gained = new HashSet<(int Account, int Feature)>();
        foreach (var ((account, feature, day, user), events) in deltas.UserFeatureDays)
        {
            var p = s.UpsertUserFeatureDay.Parameters;
            p[0].Value = account;
            p[1].Value = feature;
            p[2].Value = DayText(day);
            p[3].Value = user;
            p[4].Value = events;
            // The row's count equals what was just added only when the upsert inserted it.
            var isNew = Convert.ToInt32(s.UpsertUserFeatureDay.ExecuteScalar(), CultureInfo.InvariantCulture) == events;
            ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(accountFeatureDays, (account, feature, day), out _);
            total = (total.Events + events, total.Users + (isNew ? 1 : 0));
            if (isNew)
            {
                gained.Add((account, feature));
            }
        }

        foreach (var ((account, feature, day), (events, users)) in accountFeatureDays)
        {
            var p = s.UpsertAccountFeatureDay.Parameters;
            p[0].Value = account;
            p[1].Value = feature;
            p[2].Value = DayText(day);
            p[3].Value = events;
            p[4].Value = users;
            s.UpsertAccountFeatureDay.ExecuteNonQuery();
        }

        foreach (var ((account, day, user), events) in deltas.UserDays)
        {
            var p = s.UpsertUserDay.Parameters;
            p[0].Value = account;
            p[1].Value = DayText(day);
            p[2].Value = user;
            p[3].Value = events;
            s.UpsertUserDay.ExecuteNonQuery();
        }

        foreach (var ((account, user, name), span) in deltas.UserEvents)
        {
            var p = s.UpsertUserEvent.Parameters;
            p[0].Value = account;
            p[1].Value = user;
            p[2].Value = name;
            p[3].Value = DayText(span.FirstDay);
            p[4].Value = DayText(span.LastDay);
            p[5].Value = span.Events;
            s.UpsertUserEvent.ExecuteNonQuery();
        }

        return Task.FromResult(gained);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
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

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        statements?.Dispose();
        await connection.DisposeAsync();
        await checkpointer.DisposeAsync();
    }

    private async Task EndAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
            db = null;
        }

        if (transaction is not null)
        {
            await transaction.DisposeAsync();
            transaction = null;
        }
    }

    private SqliteAdoptionDb CreateDb()
    {
        var context = new SqliteAdoptionDb(efOptions!);
        context.Database.UseTransaction(transaction);
        return context;
    }

    private string DayText(DateOnly day)
    {
        if (!dayTexts.TryGetValue(day, out var text))
        {
            text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (dayTexts.Count > 4096)
            {
                dayTexts.Clear();
            }

            dayTexts[day] = text;
        }

        return text;
    }
}
