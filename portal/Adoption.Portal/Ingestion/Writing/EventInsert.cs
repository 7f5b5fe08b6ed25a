using Adoption.Portal.Ingestion.Parsing;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// The events INSERT through SQLite's own C API, prepared once on the writer's connection and run
/// inside its open transaction. Microsoft.Data.Sqlite re-infers every parameter's type and builds
/// a data reader on each execution, which cost the single writer more than the insert itself; here
/// one row is fifteen binds, one step and one reset.
/// </summary>
internal sealed class EventInsert : IDisposable
{
    private const string Sql = """
        INSERT INTO TrackedEvents (WriteKeyId, MessageId, Type, Event, UserId, AnonymousId, GroupId, AccountId, FeatureId, Timestamp, Day, ReceivedAt, TimestampClamped, Payload, SentTimestamp)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
        ON CONFLICT (WriteKeyId, SentTimestamp, MessageId) DO NOTHING
        """;

    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public EventInsert(SqliteConnection connection)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, Sql, out statement));
    }

    /// <summary>Stores the message; false when this write key already sent it (nothing changes then).</summary>
    public bool Execute(int writeKeyId, IncomingMessage message, int? accountId, string day, long receivedAtTicks)
    {
        var s = statement;
        raw.sqlite3_bind_int64(s, 1, writeKeyId);
        raw.sqlite3_bind_text(s, 2, message.MessageId);
        raw.sqlite3_bind_text(s, 3, MessageTypes.Name(message.Type));
        Text(4, message.Event);
        Text(5, message.UserId);
        Text(6, message.AnonymousId);
        Text(7, message.GroupId);
        Number(8, accountId);
        Number(9, message.FeatureId);
        raw.sqlite3_bind_int64(s, 10, message.Timestamp.Ticks);
        raw.sqlite3_bind_text(s, 11, day);
        raw.sqlite3_bind_int64(s, 12, receivedAtTicks);
        raw.sqlite3_bind_int(s, 13, message.TimestampClamped ? 1 : 0);
        Text(14, message.Payload);
        raw.sqlite3_bind_int64(s, 15, message.SentTimestamp);

        var result = raw.sqlite3_step(s);
        raw.sqlite3_reset(s);
        if (result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
        }

        return raw.sqlite3_changes(db) == 1;
    }

    public void Dispose() => statement.Dispose();

    private void Text(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, value);
        }
    }

    private void Number(int index, int? value)
    {
        if (value is { } v)
        {
            raw.sqlite3_bind_int64(statement, index, v);
        }
        else
        {
            raw.sqlite3_bind_null(statement, index);
        }
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
        }
    }
}
