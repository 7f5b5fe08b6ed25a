using System.Globalization;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// <c>Adoption.Portal programs list</c> and
/// <c>Adoption.Portal programs run &lt;program&gt; [--dry-run] [--account ID]</c>: an operator queues a
/// program now, for everyone in the current period, and sees what it did. Queued mail is sent by a
/// running portal's outbox sender.
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
                return 0;
            default:
                output.WriteLine("Usage: Adoption.Portal programs list");
                output.WriteLine("       Adoption.Portal programs run <program> [--dry-run] [--account ID]");
                output.WriteLine("Programs: " + string.Join(", ", runner.All.Select(p => p.Name)));
                return 2;
        }
    }

    // Synchronous, unlike Progress<T>: progress lines stay in order with the summary.
    private sealed class LineProgress(TextWriter output) : IProgress<ProgramRunSummary>
    {
        public void Report(ProgramRunSummary value) => output.WriteLine(value.ToString());
    }
}
