namespace Adoption.Portal.EmailPrograms;

/// <summary>Why a considered contact got no email from this run.</summary>
public enum SkipReason
{
    /// <summary>This program already queued this contact's email for the period.</summary>
    AlreadySent,
    Unsubscribed,
    /// <summary>The attention budget is full (see docs/decisions/0007).</summary>
    OverBudget,
    /// <summary>The program had nothing worth saying to this contact.</summary>
    NothingToSay,
    /// <summary>The contact's address bounced (no such mailbox) and is never mailed.</summary>
    Suppressed,
}

/// <summary>What a run did: contacts considered, emails queued, and the others by reason.</summary>
public sealed class ProgramRunSummary(string program)
{
    public string Program { get; } = program;
    public int Considered { get; set; }
    public int Queued { get; set; }
    public Dictionary<SkipReason, int> Skipped { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public void Skip(SkipReason reason) => Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;

    public int SkippedFor(SkipReason reason) => Skipped.GetValueOrDefault(reason);

    public override string ToString()
    {
        var skipped = string.Join(", ", Skipped.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"));
        var rate = Elapsed.TotalSeconds > 0 ? Considered / Elapsed.TotalSeconds : 0;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Program}: {Considered} considered, {Queued} queued, skipped: {(skipped.Length == 0 ? "none" : skipped)} ({rate:0} contacts/s, {Elapsed.TotalSeconds:0.0} s)");
    }
}
