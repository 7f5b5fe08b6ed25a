namespace Adoption.Portal.Email;

/// <summary>Wakes the sender as soon as a message is committed, so email does not wait for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Poke()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already poked: one wake-up drains everything that is due.
        }
    }

    public void Dispose() => pending.Dispose();

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}
