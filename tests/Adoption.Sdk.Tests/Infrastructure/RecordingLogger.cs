using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Tests.Infrastructure;

public sealed record LogEntry(LogLevel Level, int EventId, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)
{
    public T Value<T>(string name) => (T)State.Single(pair => pair.Key == name).Value!;
}

/// <summary>Keeps what the SDK logs, so tests can read it and wait for it.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public Task<LogEntry> WaitForAsync(int eventId, int occurrence = 1) =>
        Eventually.ValueAsync(() => Entries.Where(e => e.EventId == eventId).Skip(occurrence - 1).FirstOrDefault(),
            $"log event {eventId} (#{occurrence})");

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var pairs = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new LogEntry(logLevel, eventId.Id, formatter(state, exception), pairs));
        }
    }
}
