using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// The opt-in disk buffer: each batch, once formed, is written as one file of JSON lines (the serialized messages,
/// message ids included) and deleted when the portal has answered for it. Files left by an earlier run are sent
/// first; because they carry their original message ids, the portal stores each message once even if the process
/// stopped after sending and before deleting. One client per folder: a lock file keeps a second one out. Engagement
/// outcomes share the folder in files of their own (<see cref="Outcomes"/>), sent by the outcome queue.
/// </summary>
internal sealed class DiskSpool : IDisposable
{
    public const string Batches = "batch";
    public const string Outcomes = "outcomes";
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly string _folder;
    private readonly FileStream _lock;
    private readonly string _session = DateTime.UtcNow.Ticks.ToString("D19", CultureInfo.InvariantCulture);
    private long _sequence;

    private DiskSpool(string folder, FileStream @lock) => (_folder, _lock) = (folder, @lock);

    public static DiskSpool? TryOpen(string folder, ILogger logger)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var @lock = new FileStream(Path.Combine(folder, "adoption.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            foreach (var partial in Directory.EnumerateFiles(folder, "*.tmp"))
            {
                // A write the previous process did not finish: never renamed, so never acknowledged as buffered.
                File.Delete(partial);
            }

            return new DiskSpool(folder, @lock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Log.DiskBufferUnavailable(logger, folder, e.Message);
            return null;
        }
    }

    /// <summary>Messages in files, oldest first: what an earlier run left, then what this one wrote.</summary>
    public IReadOnlyList<string> Files(string kind = Batches) => [.. Directory.EnumerateFiles(_folder, "*." + kind).Order(StringComparer.Ordinal)];

    public static int CountOf(string file) =>
        int.TryParse(Path.GetFileNameWithoutExtension(file).Split('-')[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

    public void Write(PendingBatch batch) => Write(batch.Messages, batch.Count, Batches);

    /// <summary>Writes the lines to a temporary file and renames it, so a crash never leaves half a file to send.</summary>
    public void Write(IEnumerable<byte[]> lines, int count, string kind)
    {
        var name = $"{_session}-{Interlocked.Increment(ref _sequence):D9}-{count}";
        var temporary = Path.Combine(_folder, name + ".tmp");
        using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            foreach (var line in lines)
            {
                file.Write(line);
                file.Write(NewLine);
            }

            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path.Combine(_folder, name + "." + kind));
    }

    /// <summary>The messages of one file; serialized JSON never holds a raw line break, so lines are messages.</summary>
    public static IEnumerable<byte[]> Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
            {
                if (i > start)
                {
                    yield return bytes[start..i];
                }

                start = i + 1;
            }
        }
    }

    public static void Delete(string file) => File.Delete(file);

    public void Dispose() => _lock.Dispose();
}
