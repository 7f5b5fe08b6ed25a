using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 playing the portal's engagement API (decide, outcomes and survey answers) as the wire contract
/// describes it. It can be taken down (nothing listens: connections are refused), brought back on the same port,
/// or told to hold its answers (a slow portal).
/// </summary>
public sealed class FakeEngagementPortal : IAsyncDisposable
{
    public const string ServerKey = "sk_test_7c2e9a41d5b84f06";
    private readonly ConcurrentQueue<JsonNode> _decideRequests = new();
    private readonly ConcurrentQueue<JsonNode> _outcomes = new();
    private readonly ConcurrentQueue<JsonNode> _answers = new();
    private readonly CancellationTokenSource _closing = new();
    private WebApplication? _app;
    private TaskCompletionSource _hold = Released();

    private FakeEngagementPortal(int port) => Port = port;

    public int Port { get; private set; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    /// <summary>What decide answers per user id: the JSON of the engagements array. Unknown users get [].</summary>
    public ConcurrentDictionary<string, string> Decisions { get; } = new();

    public int CacheSeconds { get; set; } = 60;

    /// <summary>User ids that have a portal sign-in: POST /v1/portal-links answers them with a link, others with 404.</summary>
    public ConcurrentDictionary<string, bool> PortalSignIns { get; } = new();

    /// <summary>The status decide answers with (200 unless a test wants an error).</summary>
    public int DecideStatus { get; set; } = 200;

    public IReadOnlyList<JsonNode> DecideRequests => [.. _decideRequests];

    public IReadOnlyList<JsonNode> Outcomes => [.. _outcomes];

    /// <summary>The survey answers posted to /v1/surveys/answers, in arrival order.</summary>
    public IReadOnlyList<JsonNode> Answers => [.. _answers];

    public static async Task<FakeEngagementPortal> StartAsync()
    {
        var portal = new FakeEngagementPortal(0);
        await portal.StartListeningAsync();
        return portal;
    }

    /// <summary>The standard banner the tests show, in the wire contract's shape.</summary>
    public static string Banner(string id = "ngm_banner1", string token = "tok-banner1", string placement = "home") => $$"""
        { "id": "{{id}}", "kind": "banner", "placement": "{{placement}}", "priority": 50, "dismissible": true, "snoozeDays": 7,
          "anchor": null,
          "content": { "locale": "fi", "title": "Kokeile raportteja", "body": "Raportit säästävät aikaa.", "ctaLabel": "Kokeile", "ctaUrl": "/reports/new" },
          "steps": [], "token": "{{token}}" }
        """;

    /// <summary>From now on decide reads the request and waits before answering, until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold.TrySetResult();

    /// <summary>Stops listening: connections to the port are refused, as with a portal that is down.</summary>
    public async Task GoDownAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>Listens on the same port again.</summary>
    public Task ComeBackAsync() => StartListeningAsync();

    public Task WaitForDecideRequestsAsync(int count) =>
        Eventually.TrueAsync(() => _decideRequests.Count >= count, $"{count} decide requests");

    public Task WaitForOutcomesAsync(int count) =>
        Eventually.TrueAsync(() => _outcomes.Count >= count, $"{count} outcomes");

    public async ValueTask DisposeAsync()
    {
        Release();
        await _closing.CancelAsync();
        await GoDownAsync();
        _closing.Dispose();
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource();
        released.SetResult();
        return released;
    }

    private async Task StartListeningAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        var app = builder.Build();
        app.MapPost("/v1/engagements/decide", DecideAsync);
        app.MapPost("/v1/engagements/outcomes", OutcomesAsync);
        app.MapPost("/v1/surveys/answers", AnswerAsync);
        app.MapPost("/v1/portal-links", PortalLinkAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Port = new Uri(address).Port;
        _app = app;
    }

    private static bool Authorized(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ServerKey + ":"));

    private async Task PortalLinkAsync(HttpContext context)
    {
        var userId = (await JsonNode.ParseAsync(context.Request.Body))?["userId"]?.GetValue<string>();
        context.Response.StatusCode = !Authorized(context) ? 401 : userId is not null && PortalSignIns.ContainsKey(userId) ? 201 : 404;
        if (context.Response.StatusCode == 201)
        {
            await context.Response.WriteAsJsonAsync(new JsonObject { ["url"] = $"https://portal.example/portal-links/tok-{userId}", ["expiresAt"] = "2026-12-02T10:05:00Z" });
        }
    }

    private async Task DecideAsync(HttpContext context)
    {
        var request = await JsonNode.ParseAsync(context.Request.Body);
        _decideRequests.Enqueue(request!);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        try
        {
            await _hold.Task.WaitAsync(abandon.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!Authorized(context))
        {
            context.Response.StatusCode = 401;
            return;
        }

        context.Response.StatusCode = DecideStatus;
        if (DecideStatus != 200)
        {
            return;
        }

        var userId = request!["userId"]!.GetValue<string>();
        var engagements = Decisions.TryGetValue(userId, out var json) ? json : "[]";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{ "userId": {{JsonSerializer.Serialize(userId)}}, "cacheSeconds": {{CacheSeconds}}, "engagements": {{engagements}} }""");
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (!Authorized(context))
        {
            context.Response.StatusCode = 401;
            return;
        }

        var answer = await JsonNode.ParseAsync(context.Request.Body);
        _answers.Enqueue(answer!);
        await context.Response.WriteAsync($$"""{ "id": {{_answers.Count}}, "created": true, "category": "promoter" }""");
    }

    private async Task OutcomesAsync(HttpContext context)
    {
        if (!Authorized(context))
        {
            context.Response.StatusCode = 401;
            return;
        }

        var request = await JsonNode.ParseAsync(context.Request.Body);
        var items = request!["outcomes"]!.AsArray();
        foreach (var item in items)
        {
            _outcomes.Enqueue(item!.DeepClone());
        }

        context.Response.StatusCode = 202;
        await context.Response.WriteAsync($$"""{ "accepted": {{items.Count}}, "rejected": [] }""");
    }
}
