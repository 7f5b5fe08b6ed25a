using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for the portal's <c>POST /v1/batch</c>: it records every request
/// and answers 200 unless told to fail (<see cref="Reply"/>).
/// </summary>
public sealed class RecordingPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PortalReply> _replies = new();
    private readonly List<ReceivedBatch> _received = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _closing = new();

    private RecordingPortal(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<ReceivedBatch> Batches
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<RecordingPortal> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var portal = new RecordingPortal(app);
        app.MapPost("/v1/batch", portal.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        portal.Endpoint = new Uri(address + "/");
        return portal;
    }

    /// <summary>The next requests get these answers, in order; after them, 200.</summary>
    public void Reply(params PortalReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    public Task<IReadOnlyList<ReceivedBatch>> WaitForBatchesAsync(int count) =>
        Eventually.ValueAsync(() => Batches is { } batches && batches.Count >= count ? batches : null,
            $"the portal to receive {count} requests");

    private async Task HandleAsync(HttpContext context)
    {
        var received = await ReadAsync(context.Request);
        lock (_gate)
        {
            _received.Add(received);
        }

        var reply = _replies.TryDequeue(out var next) ? next : PortalReply.Ok;
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            await reply.Release.WaitAsync(abandon.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        context.Response.StatusCode = reply.StatusCode;
        if (reply.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(reply.Body);
    }

    private static async Task<ReceivedBatch> ReadAsync(HttpRequest request)
    {
        using var raw = new MemoryStream();
        await request.Body.CopyToAsync(raw);
        var encoding = request.Headers.ContentEncoding.ToString();
        var json = raw.ToArray();
        if (encoding == "gzip")
        {
            using var gzip = new GZipStream(new MemoryStream(json), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain);
            json = plain.ToArray();
        }

        return new ReceivedBatch(request.Headers.Authorization.ToString(), encoding, request.ContentType, raw.ToArray(),
            JsonDocument.Parse(json).RootElement.Clone())
        {
            Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _closing.Dispose();
    }
}

/// <summary>How the portal answers one request. <see cref="Release"/> completes when it may answer.</summary>
public sealed record PortalReply(int StatusCode, int? RetryAfterSeconds, Task Release, string Body = "")
{
    public static PortalReply Ok { get; } = Status(200);

    public static PortalReply Status(int code, int? retryAfterSeconds = null, string body = "") =>
        new(code, retryAfterSeconds, Task.CompletedTask, body);

    /// <summary>Reads the request, then never answers (the client has to time out).</summary>
    public static PortalReply Hang { get; } = new(200, null, new TaskCompletionSource().Task);

    /// <summary>Reads the request and answers 200 only when <paramref name="release"/> completes.</summary>
    public static PortalReply HoldUntil(Task release) => new(200, null, release);
}

public sealed record ReceivedBatch(string Authorization, string ContentEncoding, string? ContentType, byte[] RawBody, JsonElement Json)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<JsonElement> Messages => [.. Json.GetProperty("batch").EnumerateArray()];

    public IReadOnlyList<string> MessageIds => [.. Messages.Select(m => m.GetProperty("messageId").GetString()!)];

    public IReadOnlyList<string?> Events => [.. Messages.Select(m => m.TryGetProperty("event", out var e) ? e.GetString() : null)];
}
