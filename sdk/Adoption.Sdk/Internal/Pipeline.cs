using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// The queue and the sender behind an enabled client: a bounded channel the host writes to without waiting,
/// and one background task that reads it.
/// </summary>
internal sealed class Pipeline : IAsyncDisposable
{
    private readonly Settings _settings;
    private readonly Channel<Envelope> _queue;
    private readonly DeliveryLoop _loop;
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClientSource _http;
    private readonly Counters _counters;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Task _running;
    private readonly DiskSink? _disk;
    private int _disposed;

    public Pipeline(Settings settings, IHttpClientFactory? httpClientFactory, TimeProvider time, ILogger logger,
        Counters counters, LogOnce once, DiskSpool? spool)
    {
        (_settings, _counters, _time, _logger) = (settings, counters, time, logger);
        _queue = Channel.CreateBounded<Envelope>(
            new BoundedChannelOptions(settings.MaxQueueSize)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
                // The sender's continuations must never run on the host's calling thread.
                AllowSynchronousContinuations = false,
            },
            OnDroppedOldest);

        _http = new HttpClientSource(httpClientFactory);
        var transport = new BatchTransport(settings, _http.Get, time);
        var delivery = new BatchDelivery(settings, transport, counters, time, logger, once);
        IBatchSink sink = new DirectSink(delivery);
        if (spool is not null)
        {
            // Files are kept until the portal answers for them, however long it is away: that is what the disk is for.
            var patient = new BatchDelivery(settings with { MaxRetries = int.MaxValue }, transport, counters, time, logger, once);
            sink = _disk = new DiskSink(spool, patient, settings, counters, time, logger);
        }

        _loop = new DeliveryLoop(settings, _queue.Reader, sink, counters, time, logger, once);
        // The sender outlives whichever request happened to create the client: it must not carry that
        // request's Activity, log scopes or other AsyncLocal state into every batch it sends.
        using (ExecutionContext.SuppressFlow())
        {
            _running = Task.Run(() => _loop.RunAsync(_stop.Token));
        }
    }

    public bool TryEnqueue(Envelope message) => _queue.Writer.TryWrite(message);

    public Task FlushAsync(CancellationToken cancellationToken) => _loop.FlushAsync(cancellationToken);

    /// <summary>Stops taking messages, sends what is queued, and gives up when the shutdown deadline passes.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        var started = _time.GetTimestamp();
        try
        {
            try
            {
                await _running.WaitAsync(_settings.ShutdownTimeout, _time).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                await _stop.CancelAsync().ConfigureAwait(false);
                await _running.ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The sender catches its own failures; this is the last line before the host.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.SenderFailed(_logger, e);
        }

        if (_disk is not null)
        {
            // What is not sent by the deadline stays on disk for the next run.
            _disk.Complete();
            var left = _settings.ShutdownTimeout - _time.GetElapsedTime(started);
            await _disk.StopAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, _time).ConfigureAwait(false);
            await _disk.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
        _http.Dispose();
    }

    private void OnDroppedOldest(Envelope dropped)
    {
        // Runs on the host's calling thread for every drop while the portal is away: the count says whether it is the first.
        var total = _counters.DroppedQueueFull();
        Log.QueueFull(_logger, total == 1 ? LogLevel.Warning : LogLevel.Debug, _settings.MaxQueueSize, total);
    }
}
