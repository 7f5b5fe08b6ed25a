using Microsoft.Data.Sqlite;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>The hot path's prepared statements, compiled once per connection.</summary>
internal sealed class SqliteStatements : IDisposable
{
    public SqliteStatements(SqliteConnection connection)
    {
        InsertEvent = new EventInsert(connection);
        EventExists = Prepare(connection, "SELECT 1 FROM TrackedEvents WHERE WriteKeyId = $k AND SentTimestamp = $st AND MessageId = $m", "$k", "$st", "$m");
        UpsertUserFeatureDay = Prepare(connection, """
            INSERT INTO UserFeatureDays (AccountId, FeatureId, Day, UserKey, Events) VALUES ($a, $f, $d, $u, $n)
            ON CONFLICT (AccountId, FeatureId, Day, UserKey) DO UPDATE SET Events = Events + excluded.Events
            RETURNING Events
            """, "$a", "$f", "$d", "$u", "$n");
        UpsertAccountFeatureDay = Prepare(connection, """
            INSERT INTO AccountFeatureDays (AccountId, FeatureId, Day, Events, Users) VALUES ($a, $f, $d, $n, $users)
            ON CONFLICT (AccountId, FeatureId, Day) DO UPDATE SET Events = Events + excluded.Events, Users = Users + excluded.Users
            """, "$a", "$f", "$d", "$n", "$users");
        UpsertUserDay = Prepare(connection, """
            INSERT INTO UserDays (AccountId, Day, UserKey, Events) VALUES ($a, $d, $u, $n)
            ON CONFLICT (AccountId, Day, UserKey) DO UPDATE SET Events = Events + excluded.Events
            """, "$a", "$d", "$u", "$n");
        // ISO day text orders as the days do, so SQLite's two-argument min and max widen the span.
        UpsertUserEvent = Prepare(connection, """
            INSERT INTO UserEvents (AccountId, UserKey, Event, FirstDay, LastDay, Events) VALUES ($a, $u, $e, $first, $last, $n)
            ON CONFLICT (AccountId, UserKey, Event) DO UPDATE SET Events = Events + excluded.Events,
                FirstDay = min(FirstDay, excluded.FirstDay), LastDay = max(LastDay, excluded.LastDay)
            """, "$a", "$u", "$e", "$first", "$last", "$n");
    }

    public EventInsert InsertEvent { get; }
    public SqliteCommand EventExists { get; }
    public SqliteCommand UpsertUserFeatureDay { get; }
    public SqliteCommand UpsertAccountFeatureDay { get; }
    public SqliteCommand UpsertUserDay { get; }
    public SqliteCommand UpsertUserEvent { get; }

    private IEnumerable<SqliteCommand> All => [EventExists, UpsertUserFeatureDay, UpsertAccountFeatureDay, UpsertUserDay, UpsertUserEvent];

    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in All)
        {
            command.Transaction = transaction;
        }
    }

    public void Dispose()
    {
        InsertEvent.Dispose();
        foreach (var command in All)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
