using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// The host's logging pipeline is not ours to trust: a sink that throws must not turn a Track call, or the
/// sender, into a failure.
/// </summary>
internal sealed class SafeLogger(ILogger inner) : ILogger
{
    public static ILogger Create(ILoggerFactory? factory)
    {
        try
        {
            return factory is null ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance : new SafeLogger(factory.CreateLogger<AdoptionClient>());
        }
#pragma warning disable CA1031 // See the class comment.
        catch (Exception)
        {
            return Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull
    {
        try
        {
            return inner.BeginScope(state);
        }
        catch (Exception)
        {
            return null;
        }
    }

    public bool IsEnabled(LogLevel logLevel)
    {
        try
        {
            return inner.IsEnabled(logLevel);
        }
        catch (Exception)
        {
            return false;
        }
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        try
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
        catch (Exception)
        {
            // Dropped: there is nowhere left to report it.
        }
    }
#pragma warning restore CA1031
}
