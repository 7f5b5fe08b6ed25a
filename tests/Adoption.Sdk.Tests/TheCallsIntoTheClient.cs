using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests;

/// <summary>Whatever the host passes and whatever state the portal is in, a call returns and never throws.</summary>
public sealed class TheCallsIntoTheClient
{
    [Fact]
    public async Task NeverThrowWhenThePortalIsUnreachable()
    {
        // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
        var options = new AdoptionOptions { WriteKey = "wk", Endpoint = new Uri("http://127.0.0.1:9/"), MaxQueueSize = 100, ShutdownTimeout = TimeSpan.FromMilliseconds(300) };
        var logs = new RecordingLoggerProvider();
        var client = new AdoptionClient(options, loggerFactory: logs);

        for (var i = 0; i < 1_000; i++)
        {
            client.Track("u1", "Report Created");
            client.Identify("u1", new UserTraits { Email = "anna@northwind.example" });
        }

        await logs.WaitForAsync(eventId: 6);
        await client.DisposeAsync();

        var stats = client.Statistics;
        Assert.Equal(2_000, stats.Received);
        Assert.Equal(0, stats.Delivered);
        Assert.Equal(0, stats.Pending);
        Assert.True(stats.DroppedQueueFull >= 1_800, $"dropped {stats.DroppedQueueFull} for a full queue");
        Assert.Contains(logs.Entries, e => e.EventId == 8);
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:9/", 100)]
    [InlineData("wk", null, 100)]
    [InlineData("wk", "/relative", 100)]
    [InlineData("wk", "ftp://portal.example/", 100)]
    [InlineData("wk", "http://127.0.0.1:9/", 0)]
    [InlineData("wk", "http://127.0.0.1:9/", 2501)]
    public async Task NeverThrowWhenTheOptionsAreBroken(string? writeKey, string? endpoint, int flushAt)
    {
        var logs = new RecordingLoggerProvider();
        var options = new AdoptionOptions
        {
            WriteKey = writeKey,
            Endpoint = endpoint is null ? null : new Uri(endpoint, UriKind.RelativeOrAbsolute),
            FlushAt = flushAt,
        };
        await using var client = new AdoptionClient(options, loggerFactory: logs);

        client.Track("u1", "Report Created");
        client.Group("u1", "acct-1");
        await client.FlushAsync();

        var error = Assert.Single(logs.Entries);
        Assert.Equal((1, LogLevel.Error), (error.EventId, error.Level));
        Assert.StartsWith("Adoption SDK is turned off because its options are invalid: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, client.Statistics.Received);
    }

    [Fact]
    public async Task NameEveryBrokenOptionInOneError()
    {
        var logs = new RecordingLoggerProvider();
        var options = new AdoptionOptions { MaxQueueSize = 0, MaxBatchBytes = 600_000, RequestTimeout = TimeSpan.Zero, MaxRetries = -1 };
        await using var client = new AdoptionClient(options, loggerFactory: logs);

        Assert.Equal(
            "Adoption SDK is turned off because its options are invalid: WriteKey is required; Endpoint must be an absolute http or https address; "
            + "MaxQueueSize must be at least 1; MaxBatchBytes must be between MaxEventBytes + 1024 and 500000; RequestTimeout must be positive; MaxRetries must not be negative",
            Assert.Single(logs.Entries).Message);
    }

    [Fact]
    public async Task DropAndLogInvalidMessagesInsteadOfThrowing()
    {
        await using var sdk = await SdkHarness.StartAsync();

        sdk.Client.Track(null, "Report Created");
        sdk.Client.Track("u1", "");
        sdk.Client.Track("u1", null!);
        sdk.Client.Group("u1", " ");
        sdk.Client.Alias("u1", null!);
        sdk.Client.Identify(null, new UserTraits { Email = "x@example.com" });
        sdk.Client.Track("u1", "Valid", null, new MessageOptions { Context = null });
        await sdk.FlushAsync();

        Assert.Equal(["Valid"], Assert.Single(sdk.Portal.Batches).Events);
        Assert.Equal((7, 6, 1), (sdk.Client.Statistics.Received, sdk.Client.Statistics.DroppedInvalid, sdk.Client.Statistics.Delivered));
        var dropped = sdk.Logs.Entries.Where(e => e.EventId == 2).ToList();
        Assert.Equal(
            [
                "Adoption track message dropped: no user id and no anonymous id. Repeats are logged at Debug level and counted in Statistics.DroppedInvalid",
                "Adoption track message dropped: no event name. Repeats are logged at Debug level and counted in Statistics.DroppedInvalid",
            ],
            dropped.Take(2).Select(e => e.Message));
        Assert.Equal([LogLevel.Warning, LogLevel.Warning, LogLevel.Debug, LogLevel.Warning, LogLevel.Warning, LogLevel.Debug], dropped.Select(e => e.Level));
    }

    [Fact]
    public async Task DropOnlyTheMessageWhosePropertiesCannotBeWritten()
    {
        await using var sdk = await SdkHarness.StartAsync();
        var loop = new Dictionary<string, object?>();
        loop["self"] = loop;

        sdk.Client.Track("u1", "Cyclic", loop);
        sdk.Client.Track("u1", "Fine");
        await sdk.FlushAsync();

        Assert.Equal(["Fine"], Assert.Single(sdk.Portal.Batches).Events);
        Assert.Equal(1, sdk.Client.Statistics.DroppedInvalid);
        Assert.Contains(sdk.Logs.Entries, e => e.EventId == 2 && e.Message.Contains("cannot be serialized", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NeverThrowWhenTheHostsLoggerThrows()
    {
        await using var portal = await RecordingPortal.StartAsync();
        var client = new AdoptionClient(new AdoptionOptions { WriteKey = "wk", Endpoint = portal.Endpoint }, loggerFactory: new ThrowingLoggerFactory());

        client.Track(null, "No user");
        client.Track("u1", "Report Created");
        await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Equal(["Report Created"], Assert.Single(portal.Batches).Events);
    }

    private sealed class ThrowingLoggerFactory : ILoggerFactory, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            throw new InvalidOperationException("The host's log sink is broken.");
    }
}
