namespace Adoption.Portal.Email;

/// <summary>
/// The outbox sender's claims and outcomes on SQLite are committed without waiting for the disk
/// (<c>synchronous=NORMAL</c> in WAL mode, on the sender's connection only, for the batch). They
/// are two commits per message; waiting for the disk at each would slow delivery to a fraction of
/// what the SMTP server takes. A crash of the portal process, kill -9 included, still loses none of
/// them (they are in the operating system's hands once committed), so at most the one message in
/// flight is sent again. Only a power loss or an operating-system crash may roll back the latest of
/// them, and then those messages are sent again, never lost: queuing a message (the outbox row)
/// always waits for the disk. Other providers commit as configured.
/// </summary>
internal sealed class SenderBookkeeping : IAsyncDisposable
{
    private readonly AdoptionDb? db;
    private readonly long restore;

    private SenderBookkeeping(AdoptionDb? db, long restore = 0) => (this.db, this.restore) = (db, restore);

    public static async Task<SenderBookkeeping> OpenAsync(AdoptionDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return new SenderBookkeeping(null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA synchronous;";
        var configured = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL;", cancellationToken);
        return new SenderBookkeeping(db, configured);
    }

    /// <summary>Back to the configured setting before the connection returns to the pool for other work;
    /// a connection that cannot be set back is not reused.</summary>
    public async ValueTask DisposeAsync()
    {
        if (db is null)
        {
            return;
        }

        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous={restore};");
            await command.ExecuteNonQueryAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
