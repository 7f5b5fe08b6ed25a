using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Adoption.Benchmarks;

/// <summary>
/// The yardstick: how fast SQLite itself appends the very rows the portal stored, on the same disk,
/// with the same table, index, foreign key and pragmas, through one prepared INSERT (SQLite's C API) in large
/// transactions; the best a writer could do with no HTTP, JSON or rollups at all.
/// </summary>
internal static class RawSqliteBaseline
{
    private const string Columns = "WriteKeyId, MessageId, Type, Event, UserId, AnonymousId, GroupId, AccountId, FeatureId, Timestamp, Day, ReceivedAt, TimestampClamped, Payload, SentTimestamp";
    private const int ColumnCount = 15;
    private const int RowsPerTransaction = 10_000;

    /// <summary>How the rows are handed to SQLite: through Microsoft.Data.Sqlite's commands and
    /// parameters (what most .NET code does), or through SQLite's C API as the portal's writer does.</summary>
    public enum Driver
    {
        AdoNet,
        CApi,
    }

    public static (int Rows, TimeSpan Elapsed) Measure(string portalDatabase, string rawDatabase, int writeKeyId, Driver driver)
    {
        var rows = ReadRows(portalDatabase, writeKeyId);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(rawDatabase + suffix);
        }

        using var target = new SqliteConnection($"Data Source={rawDatabase};Pooling=false");
        target.Open();
        Execute(target, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;");
        Execute(target, $"ATTACH DATABASE '{portalDatabase.Replace("'", "''", StringComparison.Ordinal)}' AS portal;");
        foreach (var ddl in Schema(target))
        {
            Execute(target, ddl);
        }

        Execute(target, "INSERT INTO main.ProductEnvironments SELECT * FROM portal.ProductEnvironments; INSERT INTO main.WriteKeys SELECT * FROM portal.WriteKeys;");
        Execute(target, "DETACH DATABASE portal;");

        return driver == Driver.AdoNet ? AppendWithAdoNet(target, rows) : AppendWithCApi(target, rows);
    }

    private static (int Rows, TimeSpan Elapsed) AppendWithAdoNet(SqliteConnection target, List<object[]> rows)
    {
        using var insert = target.CreateCommand();
        insert.CommandText = $"INSERT INTO TrackedEvents ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, ColumnCount).Select(i => "$p" + i))})";
        for (var i = 0; i < ColumnCount; i++)
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i });
        }

        insert.Prepare();
        var clock = Stopwatch.StartNew();
        for (var start = 0; start < rows.Count; start += RowsPerTransaction)
        {
            using var transaction = target.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var row in rows.Skip(start).Take(RowsPerTransaction))
            {
                for (var i = 0; i < ColumnCount; i++)
                {
                    insert.Parameters[i].Value = row[i];
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        clock.Stop();
        return (rows.Count, clock.Elapsed);
    }

    private static (int Rows, TimeSpan Elapsed) AppendWithCApi(SqliteConnection target, List<object[]> rows)
    {
        // SQLite's own C API, as the portal's writer uses it: no ADO.NET parameter objects in the way.
        var handle = target.Handle!;
        var sql = $"INSERT INTO TrackedEvents ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(1, ColumnCount).Select(i => "?" + i))})";
        if (raw.sqlite3_prepare_v2(handle, sql, out var insert) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(raw.sqlite3_errmsg(handle).utf8_to_string());
        }

        using (insert)
        {
            var clock = Stopwatch.StartNew();
            for (var start = 0; start < rows.Count; start += RowsPerTransaction)
            {
                Execute(target, "BEGIN");
                foreach (var row in rows.Skip(start).Take(RowsPerTransaction))
                {
                    for (var i = 0; i < ColumnCount; i++)
                    {
                        _ = row[i] switch
                        {
                            long number => raw.sqlite3_bind_int64(insert, i + 1, number),
                            string text => raw.sqlite3_bind_text(insert, i + 1, text),
                            _ => raw.sqlite3_bind_null(insert, i + 1),
                        };
                    }

                    if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
                    {
                        throw new InvalidOperationException(raw.sqlite3_errmsg(handle).utf8_to_string());
                    }

                    raw.sqlite3_reset(insert);
                }

                Execute(target, "COMMIT");
            }

            clock.Stop();
            return (rows.Count, clock.Elapsed);
        }
    }

    private static List<object[]> ReadRows(string database, int writeKeyId)
    {
        using var source = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
        source.Open();
        using var select = source.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM TrackedEvents WHERE WriteKeyId = $k AND UserId LIKE 'bench-user-%' ORDER BY Id";
        select.Parameters.AddWithValue("$k", writeKeyId);
        var rows = new List<object[]>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var row = new object[ColumnCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    // The portal's own DDL for the events table, its indexes and the tables its foreign key needs.
    private static List<string> Schema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sql FROM portal.sqlite_master
            WHERE tbl_name IN ('TrackedEvents', 'WriteKeys', 'ProductEnvironments') AND sql IS NOT NULL
            ORDER BY CASE tbl_name WHEN 'ProductEnvironments' THEN 0 WHEN 'WriteKeys' THEN 1 ELSE 2 END, type DESC
            """;
        using var reader = command.ExecuteReader();
        var statements = new List<string>();
        while (reader.Read())
        {
            statements.Add(reader.GetString(0));
        }

        return statements;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
