namespace Adoption.Sdk.Internal;

/// <summary>
/// Where the sender gets its <see cref="HttpClient"/>: the host's factory (fresh per batch, as the factory
/// intends), or one client of our own when the host gave none.
/// </summary>
internal sealed class HttpClientSource : IDisposable
{
    private readonly IHttpClientFactory? _factory;
    private readonly HttpClient _fallback;
    private readonly bool _ownsFallback;

    public HttpClientSource(IHttpClientFactory? factory)
    {
        _factory = factory;
        try
        {
            // Taken now because at shutdown the host's container is already disposed and its factory can no
            // longer build a handler, yet the last batches still have to go out.
            _fallback = factory?.CreateClient(AdoptionClient.HttpClientName) ?? Owned();
            _ownsFallback = factory is null;
        }
#pragma warning disable CA1031 // A misconfigured factory must not stop the client: it uses its own.
        catch (Exception)
#pragma warning restore CA1031
        {
            _factory = null;
            _fallback = Owned();
            _ownsFallback = true;
        }
    }

    public HttpClient Get()
    {
        if (_factory is null)
        {
            return _fallback;
        }

        try
        {
            return _factory.CreateClient(AdoptionClient.HttpClientName);
        }
        catch (ObjectDisposedException)
        {
            return _fallback;
        }
    }

    public void Dispose()
    {
        if (_ownsFallback)
        {
            _fallback.Dispose();
        }
    }

    // Recycled connections follow DNS changes of the portal; the sender's own per-request timeout applies.
    private static HttpClient Owned() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
}
