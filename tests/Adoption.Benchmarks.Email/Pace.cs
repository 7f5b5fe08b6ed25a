using System.Globalization;

/// <summary>A sender's pace, from the time each message of a run was sent (in order).</summary>
internal static class Pace
{
    /// <summary>Messages a second after the first <paramref name="warmup"/>.</summary>
    public static double Steady(IReadOnlyList<DateTime> sent, int warmup) =>
        (sent.Count - warmup) / (sent[^1] - sent[warmup - 1]).TotalSeconds;

    /// <summary>The pace in slices of 1,000 messages: where it levels off, the JIT is done.</summary>
    public static string Slices(IReadOnlyList<DateTime> sent) => "by 1,000: " + string.Join(' ', Enumerable.Range(1, (sent.Count - 1) / 1000)
        .Select(i => (1000 / (sent[i * 1000] - sent[(i - 1) * 1000]).TotalSeconds).ToString("0", CultureInfo.InvariantCulture)));
}
