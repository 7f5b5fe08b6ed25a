using Microsoft.Data.Sqlite;

namespace Adoption.Benchmarks.Pages;

/// <summary>
/// Changes one milestone of an account's plan every 2 ms, each in its own
/// transaction as a CSM's edit is, while the plan page is under load: the database raises the plan's
/// revision on every change, so nearly every visit is a first visit after a change and renders anew.
/// </summary>
internal sealed class PlanChanger : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long changes;

    private PlanChanger(string databasePath, int accountId) => loop = Task.Run(() => ChangeAsync(databasePath, accountId));

    public long Changes => Interlocked.Read(ref changes);

    public static PlanChanger Start(string databasePath, int accountId) => new(databasePath, accountId);

    private async Task ChangeAsync(string databasePath, int accountId)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Default Timeout=30");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Its own edits need no flush to disk each: what is measured is the page, not this writer.
        command.CommandText = "PRAGMA synchronous = OFF";
        await command.ExecuteNonQueryAsync();
        // The title gains and loses a mark: the page shows each change.
        command.CommandText = """
            UPDATE Milestones SET Title = CASE WHEN Title LIKE '% (changed)' THEN substr(Title, 1, length(Title) - 10) ELSE Title || ' (changed)' END
            WHERE Id = (SELECT MIN(m.Id) FROM Milestones m JOIN Objectives o ON o.Id = m.ObjectiveId JOIN Plans p ON p.Id = o.PlanId WHERE p.AccountId = $account)
            """;
        command.Parameters.AddWithValue("$account", accountId);
        // Every 2 ms: more often than the page is visited, and no more, so the writer leaves the cores to the page.
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                await command.ExecuteNonQueryAsync();
                Interlocked.Increment(ref changes);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the page's load.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }
}
