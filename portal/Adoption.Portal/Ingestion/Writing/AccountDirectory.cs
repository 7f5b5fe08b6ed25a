using System.Diagnostics;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// Which account an event belongs to: its groupId (the group call's, or <c>context.groupId</c>),
/// else the account its user was last grouped with, else the contact whose external id it is.
/// Answers are cached on the writer thread and forgotten every cache lifetime, so a CSM's edit
/// of an account's external id applies within that time.
/// </summary>
internal sealed class AccountDirectory(IngestionOptions options)
{
    private readonly Dictionary<string, int?> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> users = new(StringComparer.Ordinal);
    private long loadedAt = Stopwatch.GetTimestamp();

    public async ValueTask<int?> ResolveAsync(string? groupId, string? userKey, IIngestionStore store, CancellationToken cancellationToken)
    {
        ForgetWhenStale();
        if (groupId is not null && await AccountOfGroupAsync(groupId, store, cancellationToken) is { } byGroup)
        {
            return byGroup;
        }

        return userKey is null ? null : await AccountOfUserAsync(userKey, store, cancellationToken);
    }

    public async ValueTask<int?> AccountOfGroupAsync(string groupId, IIngestionStore store, CancellationToken cancellationToken)
    {
        if (!groups.TryGetValue(groupId, out var account))
        {
            account = await store.Db.Accounts.Where(a => a.ExternalId == groupId).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            groups[groupId] = account;
        }

        return account;
    }

    public async ValueTask<int?> AccountOfUserAsync(string userKey, IIngestionStore store, CancellationToken cancellationToken)
    {
        if (!users.TryGetValue(userKey, out var account))
        {
            account = await store.Db.KnownUsers.Where(u => u.UserKey == userKey).Select(u => (int?)u.AccountId).FirstOrDefaultAsync(cancellationToken)
                ?? await store.Db.Contacts.Where(c => c.ExternalId == userKey).OrderByDescending(c => c.CreatedAt).Select(c => (int?)c.AccountId).FirstOrDefaultAsync(cancellationToken);
            users[userKey] = account;
        }

        return account;
    }

    /// <summary>Records what a group or identify call just wrote (in the writer's open transaction).</summary>
    public void Remember(string? groupId, string? userKey, int accountId)
    {
        if (groupId is not null)
        {
            groups[groupId] = accountId;
        }

        if (userKey is not null)
        {
            users[userKey] = accountId;
        }
    }

    /// <summary>After a rolled-back transaction the cache may name accounts that were never created.</summary>
    public void Forget()
    {
        groups.Clear();
        users.Clear();
        loadedAt = Stopwatch.GetTimestamp();
    }

    private void ForgetWhenStale()
    {
        // Many anonymous visitors must not grow the cache without bound between refreshes.
        if (Stopwatch.GetElapsedTime(loadedAt) > options.CacheLifetime || users.Count + groups.Count > 500_000)
        {
            Forget();
        }
    }
}
