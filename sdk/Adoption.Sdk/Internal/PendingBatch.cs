using System.Globalization;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Adoption.Sdk.Internal;

/// <summary>
/// The messages of the next request, already serialized. Keeping the bytes (not the objects) makes every retry
/// send exactly the same messages, and makes the size limit exact.
/// </summary>
internal sealed class PendingBatch(int maxBatchBytes)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly List<byte[]> _messages = [];
    private int _bytes;

    public int Count => _messages.Count;

    /// <summary>The serialized messages, for the disk buffer.</summary>
    public IReadOnlyList<byte[]> Messages => _messages;

    /// <summary>When the oldest message was queued, in UTC ticks (<see cref="QueueClock"/>).</summary>
    public long FirstQueuedAt { get; private set; }

    /// <summary>Adds a message unless it would push the request body over the limit.</summary>
    public bool TryAdd(byte[] message, long queuedAt)
    {
        var separator = Count == 0 ? 0 : 1;
        if (Settings.BatchEnvelopeBytes + _bytes + separator + message.Length > maxBatchBytes)
        {
            return false;
        }

        if (Count == 0)
        {
            FirstQueuedAt = queuedAt;
        }

        _messages.Add(message);
        _bytes += separator + message.Length;
        return true;
    }

    public void Clear()
    {
        _messages.Clear();
        _bytes = 0;
    }

    /// <summary>The request body <c>{"batch":[...],"sentAt":"..."}</c>, gzipped when asked.</summary>
    public HttpContent ToContent(DateTimeOffset sentAt, bool gzip)
    {
        var body = new MemoryStream(Settings.BatchEnvelopeBytes + _bytes);
        var target = gzip ? new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true) : (Stream)body;
        try
        {
            target.Write("{\"batch\":["u8);
            for (var i = 0; i < _messages.Count; i++)
            {
                if (i > 0)
                {
                    target.Write(","u8);
                }

                target.Write(_messages[i]);
            }

            target.Write("],\"sentAt\":\""u8);
            target.Write(Encoding.UTF8.GetBytes(sentAt.ToString("O", CultureInfo.InvariantCulture)));
            target.Write("\"}"u8);
        }
        finally
        {
            // Flushes the gzip trailer; the plain body stays open for the content below.
            if (gzip)
            {
                target.Dispose();
            }
        }

        var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = Json;
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }

        return content;
    }
}
