using System.Globalization;
using System.Text;

namespace Adoption.Benchmarks;

/// <summary>
/// The load: batches of track calls as a Segment library sends them (a UUID messageId, a timestamp,
/// context.groupId, a batch context and sentAt), spread over accounts, people and key features.
/// Built before the clock starts, so the clients spend their time on HTTP, not on writing JSON.
/// </summary>
internal static class EventBodies
{
    // The demo catalogue's events plus some that are no key feature, as real products send.
    private static readonly string[] Events =
    [
        "Dashboard Viewed", "Report Scheduled", "Automation Created", "Integration Connected", "Alert Created",
        "Item Shared", "App Opened", "API Token Created", "Search Performed", "Settings Changed",
    ];

    public static string GroupId(int account) => string.Create(CultureInfo.InvariantCulture, $"bench-acct-{account:000}");

    /// <summary>One group call per account, so track calls find their accounts.</summary>
    public static byte[] Groups(BenchmarkOptions options)
    {
        var items = Enumerable.Range(1, options.Accounts).Select(a => string.Create(CultureInfo.InvariantCulture,
            $$$"""{"type":"group","messageId":"bench-group-{{{a}}}","userId":"bench-owner-{{{a}}}","groupId":"{{{GroupId(a)}}}","traits":{"name":"Benchmark account {{{a}}}","plan":"pro","arr":12000}}"""));
        return Encoding.UTF8.GetBytes($$$"""{"batch":[{{{string.Join(",", items)}}}]}""");
    }

    /// <summary>
    /// Batches of track calls from the last ten minutes, as live clients send them: the events are
    /// spread over the ten minutes in sending order, and each one happened up to five seconds before
    /// the one sent before it (a library buffers a few seconds of events per batch).
    /// </summary>
    public static List<byte[]> Batches(BenchmarkOptions options, DateTime now)
    {
        var random = new Random(20261123);
        var batches = new List<byte[]>(options.Events / options.BatchSize + 1);
        var body = new StringBuilder(options.BatchSize * 400);
        var sentAt = now.ToString("O", CultureInfo.InvariantCulture);
        for (var sent = 0; sent < options.Events; sent += options.BatchSize)
        {
            body.Clear().Append("""{"batch":[""");
            var count = Math.Min(options.BatchSize, options.Events - sent);
            for (var i = 0; i < count; i++)
            {
                var account = random.Next(1, options.Accounts + 1);
                var user = random.Next(1, options.UsersPerAccount + 1);
                var happened = now.AddMinutes(-10) + TimeSpan.FromMinutes(10) * (sent + i) / options.Events;
                var timestamp = happened.AddMilliseconds(-random.Next(0, 5000)).ToString("O", CultureInfo.InvariantCulture);
                body.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $$$$"""{"type":"track","messageId":"{{{{Guid.NewGuid()}}}}","userId":"bench-user-{{{{account}}}}-{{{{user}}}}","event":"{{{{Events[random.Next(Events.Length)]}}}}","timestamp":"{{{{timestamp}}}}","properties":{"source":"web","count":{{{{random.Next(1, 50)}}}}},"context":{"groupId":"{{{{GroupId(account)}}}}"}}""");
            }

            body.Append("],\"sentAt\":\"").Append(sentAt).Append("\",\"context\":{\"library\":{\"name\":\"adoption-benchmark\",\"version\":\"1.0.0\"}}}");
            batches.Add(Encoding.UTF8.GetBytes(body.ToString()));
        }

        return batches;
    }
}
