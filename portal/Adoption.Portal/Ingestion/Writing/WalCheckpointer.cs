using Microsoft.Data.Sqlite;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Copies the write-ahead log into the database file from its own connection and thread, so the
/// writer's commits never stop to checkpoint (SQLite's automatic checkpoint runs inside the commit
/// that crosses the threshold). Passive checkpoints run beside the writer; only a log grown past
/// <see cref="MaxWalPages"/> gets a blocking one, which lets SQLite start the log from the top again.
/// </summary>
internal sealed class WalCheckpointer(string connectionString) : IAsyncDisposable
{
    private const int MaxWalPages = 64 * 1024;
    private readonly CancellationTokenSource stopping = new();
    private Task? running;

    public void Start() => running = Task.Run(() => RunAsync(stopping.Token));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (running is not null)
        {
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
            }
        }

        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var passive = connection.CreateCommand();
        passive.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var restart = connection.CreateCommand();
        restart.CommandText = "PRAGMA wal_checkpoint(RESTART);";
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                await using var reader = await passive.ExecuteReaderAsync(cancellationToken);
                var walPages = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(1) : 0;
                await reader.CloseAsync();
                if (walPages > MaxWalPages)
                {
                    await restart.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SqliteException)
            {
                // Busy: the next round tries again; SQLite's own limits keep the log consistent.
            }
        }
    }
}
