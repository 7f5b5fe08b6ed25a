using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;

namespace Adoption.Benchmarks;

/// <summary>
/// Starts the portal on a fresh SQLite file, sends the events over real HTTP from several clients,
/// then measures raw SQLite appending the same rows on the same disk, and prints both.
/// Targets (issue 4): ≥ 50,000 events/s, ratio ≥ 0.5, p99 ≤ 100 ms, peak memory ≤ 500 MB.
/// </summary>
public static class IngestionBenchmark
{
    // The demo's write key: the fresh portal seeds the demo, which brings the key and the catalogue.
    private const string WriteKey = "wk_demo_3b8f1c9e5a7d4f20b6c1e8a9d2f4c7e1";

    public static async Task<int> Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        Directory.CreateDirectory(options.Directory);
        var portalDb = Path.Combine(options.Directory, "portal.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(portalDb + suffix);
        }

        Print($"Ingestion benchmark: {options.Events:N0} events in batches of {options.BatchSize} from {options.Clients} clients; {Environment.ProcessorCount} cores.");
        Print("Preparing request bodies…");
        var batches = EventBodies.Batches(options, DateTime.UtcNow);

        HttpLoad.Result result;
        long peakMemory;
        using (var portal = await PortalProcess.StartAsync(options.PortalDll, portalDb))
        {
            var load = new HttpLoad(portal.Address, WriteKey, options.Clients);
            if (await load.SendOnceAsync(EventBodies.Groups(options)) != HttpStatusCode.OK)
            {
                throw new InvalidOperationException("The group calls were not accepted.");
            }

            Print($"Portal up at {portal.Address} ({portal.SamplePeakMemoryBytes() / 1_048_576:N0} MB after start and demo seed); sending…");
            result = await load.RunAsync(batches, () => portal.SamplePeakMemoryBytes());
            peakMemory = portal.SamplePeakMemoryBytes();
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the rollups catch up before the portal stops
        }

        var (keyId, stored, inRollups) = Check(portalDb);
        var rawDb = Path.Combine(options.Directory, "raw.db");
        var (rawRows, rawElapsed) = RawSqliteBaseline.Measure(portalDb, rawDb, keyId, RawSqliteBaseline.Driver.AdoNet);
        var (cRows, cElapsed) = RawSqliteBaseline.Measure(portalDb, rawDb, keyId, RawSqliteBaseline.Driver.CApi);

        var rate = options.Events / result.Elapsed.TotalSeconds;
        var rawRate = rawRows / rawElapsed.TotalSeconds;
        var cRate = cRows / cElapsed.TotalSeconds;
        var latencies = result.LatenciesMs.Order().ToList();
        Print("");
        Print($"events sent            {options.Events,12:N0}   stored {stored:N0} (exactly once), in rollups {inRollups:N0}");
        Print($"elapsed                {result.Elapsed.TotalSeconds,12:N1} s  ({result.Requests:N0} requests, {result.Retries:N0} retried after 429/503)");
        Print($"throughput             {rate,12:N0} events/s   (target ≥ 50,000)");
        Print($"ack latency p50        {Percentile(latencies, 0.50),12:N1} ms");
        Print($"ack latency p99        {Percentile(latencies, 0.99),12:N1} ms   (target ≤ 100)");
        Print($"portal peak memory     {peakMemory / 1_048_576.0,12:N0} MB   (target ≤ 500)");
        Print($"raw SQLite append      {rawRate,12:N0} rows/s   ({rawRows:N0} rows, same disk, table, index and pragmas; Microsoft.Data.Sqlite commands)");
        Print($"ratio to raw           {rate / rawRate,12:N2}   (target ≥ 0.5)");
        Print($"raw append, C API      {cRate,12:N0} rows/s   (the same rows bound through SQLite's C API, as the portal's writer binds them)");
        Print($"ratio to C API append  {rate / cRate,12:N2}");
        return stored == options.Events ? 0 : 1;
    }

    private static (int KeyId, long Stored, long InRollups) Check(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT k.Id,
                   (SELECT COUNT(*) FROM TrackedEvents e WHERE e.WriteKeyId = k.Id AND e.UserId LIKE 'bench-user-%'),
                   (SELECT COALESCE(SUM(Events), 0) FROM UserDays WHERE UserKey LIKE 'bench-user-%')
            FROM WriteKeys k ORDER BY k.Id LIMIT 1
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
