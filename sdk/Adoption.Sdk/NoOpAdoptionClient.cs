namespace Adoption.Sdk;

/// <summary>
/// A client that does nothing: use it where tracking is turned off (development, tests, a customer who opted
/// out) instead of checking a flag before every call. <see cref="AdoptionServiceCollectionExtensions.AddAdoption"/>
/// registers it when <see cref="AdoptionOptions.Enabled"/> is <see langword="false"/>.
/// </summary>
public sealed class NoOpAdoptionClient : IAdoptionClient, IAsyncDisposable, IDisposable
{
    private static readonly AdoptionStatistics Nothing = new(0, 0, 0, 0, 0);
    private static readonly Task<Uri?> NoLink = Task.FromResult<Uri?>(null);
    private static readonly Task<IReadOnlyList<Engagement>> None = Task.FromResult<IReadOnlyList<Engagement>>([]);

    /// <summary>A shared instance; it holds no state.</summary>
    public static NoOpAdoptionClient Instance { get; } = new();

    /// <inheritdoc />
    public AdoptionStatistics Statistics => Nothing;

    /// <inheritdoc />
    public void Track(string? userId, string eventName, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null)
    {
    }

    /// <inheritdoc />
    public void Identify(string? userId, UserTraits? traits = null, MessageOptions? options = null)
    {
    }

    /// <inheritdoc />
    public void Group(string? userId, string groupId, GroupTraits? traits = null, MessageOptions? options = null)
    {
    }

    /// <inheritdoc />
    public void Page(string? userId, string? name, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null)
    {
    }

    /// <inheritdoc />
    public void Screen(string? userId, string? name, IReadOnlyDictionary<string, object?>? properties = null, MessageOptions? options = null)
    {
    }

    /// <inheritdoc />
    public void Alias(string userId, string previousId, MessageOptions? options = null)
    {
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Engagement>> GetEngagementsAsync(string userId, IEnumerable<string> placements, string? locale = null,
        CancellationToken cancellationToken = default) => None;

    /// <inheritdoc />
    public Task<Uri?> CreatePortalLinkAsync(string userId, string? returnPath = null, CancellationToken cancellationToken = default) => NoLink;

    /// <inheritdoc />
    public void RecordOutcome(string userId, string token, OutcomeKind kind, DateTimeOffset? at = null)
    {
    }

    /// <inheritdoc />
    public void RecordSurveyAnswer(string userId, string token, int score, string? comment = null, bool? mayContact = null, DateTimeOffset? at = null)
    {
    }

    /// <inheritdoc />
    public Task FlushAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
