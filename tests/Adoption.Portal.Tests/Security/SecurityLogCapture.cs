using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Adoption.Portal.Tests.Security;

/// <summary>Keeps what the portal writes to the security log, as an operator's log sink would receive it.</summary>
public sealed class SecurityLogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string EventName, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => categoryName == "Adoption.Security" ? new Capture(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Capture(SecurityLogCapture owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Entries.Enqueue((eventId.Name ?? "", formatter(state, exception)));
    }
}
