namespace Adoption.Sdk.Tests.Infrastructure;

/// <summary>
/// Waits for something the background sender does. The limit only keeps a broken test from hanging; it is
/// never what a test asserts.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static async Task<T> ValueAsync<T>(Func<T?> probe, string what) where T : class
    {
        var giveUp = DateTime.UtcNow + Limit;
        while (true)
        {
            if (probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }

    public static Task TrueAsync(Func<bool> probe, string what) =>
        ValueAsync(() => probe() ? "yes" : null, what);

    /// <summary>As <see cref="TrueAsync(Func{bool}, string)"/>, for a probe that has to await its answer.</summary>
    public static async Task TrueAsync(Func<Task<bool>> probe, string what)
    {
        var giveUp = DateTime.UtcNow + Limit;
        while (!await probe())
        {
            if (DateTime.UtcNow > giveUp)
            {
                throw new TimeoutException($"Gave up waiting for {what}.");
            }

            await Task.Delay(10);
        }
    }
}
