namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// <c>Adoption.Portal programs list</c> and
/// <c>Adoption.Portal programs run &lt;program&gt; [--dry-run] [--account ID]</c>: an operator queues a
/// program now, for everyone in the current period, and sees what it did. Queued mail is sent by a
/// running portal's outbox sender, or by this command itself with <c>--deliver</c>.
/// </summary>
internal static class ProgramsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<EmailProgramRunner>();
        switch (args.FirstOrDefault())
        {
            case "list":
                foreach (var p in runner.All)
                {
                    output.WriteLine($"{p.Name}\t{p.Category}");
                }

                return 0;
            case "run" when args.Length > 1 && runner.Find(args[1]) is { } program:
                int? account = null;
                var at = Array.IndexOf(args, "--account");
                if (at >= 0)
                {
                    if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                    {
                        output.WriteLine("--account needs an account id.");
                        return 2;
                    }

                    account = id;
                }

                var dryRun = args.Contains("--dry-run");
                var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
                var summary = await runner.RunAsync(
                    program, new ProgramRun(clock.GetUtcNow().UtcDateTime, AccountId: account, DryRun: dryRun),
                    new LineProgress(output));
                output.WriteLine((dryRun ? "Dry run (nothing queued): " : "") + summary);
                if (args.Contains("--deliver") && !dryRun)
                {
                    await DeliverAsync(services, output);
                }

                return 0;
            default:
                output.WriteLine("Usage: Adoption.Portal programs list");
                output.WriteLine("       Adoption.Portal programs run <program> [--dry-run] [--account ID] [--deliver]");
                output.WriteLine("Programs: " + string.Join(", ", runner.All.Select(p => p.Name)));
                return 2;
        }
    }

    /// <summary>Sends what is due now through the same outbox sender a running portal uses; a failed
    /// message keeps its retry time and stays in the outbox for the portal to send later.</summary>
    private static async Task DeliverAsync(IServiceProvider services, TextWriter output)
    {
        var sender = services.GetServices<IHostedService>().OfType<Email.OutboxSender>().Single();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var total = await sender.DrainAsync(CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var perMessage = total > 0 ? (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / total : 0;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Delivered: {total} messages attempted in {seconds:0.0} s ({(seconds > 0 ? total / seconds : 0):0} messages/s, {perMessage:0} us CPU a message)."));
    }

    // Synchronous, unlike Progress<T>: progress lines stay in order with the summary.
    private sealed class LineProgress(TextWriter output) : IProgress<ProgramRunSummary>
    {
        public void Report(ProgramRunSummary value) => output.WriteLine(value.ToString());
    }
}
