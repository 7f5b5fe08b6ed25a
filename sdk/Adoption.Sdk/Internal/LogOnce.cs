using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

/// <summary>
/// A host bug (say, Track without a user id in a hot loop) or a long outage must not flood the host's logs:
/// the first occurrence of each kind of problem is logged at its real level, repeats at Debug.
/// </summary>
internal sealed class LogOnce
{
    private readonly ConcurrentDictionary<string, bool> _seen = new();

    public LogLevel Level(string problem, LogLevel firstTime) =>
        _seen.TryAdd(problem, true) ? firstTime : LogLevel.Debug;
}
