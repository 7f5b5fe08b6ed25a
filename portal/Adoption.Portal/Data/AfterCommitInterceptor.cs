using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Adoption.Portal.Data;

/// <summary>
/// Notes what a save is about to change and acts on it only once the save has committed, so every
/// page, import and command that saves through the context is covered without code of its own, and a
/// failed save leaves no trace. Caches learn of changes this way; the security log writes this way.
/// </summary>
/// <typeparam name="TNoted">What <see cref="Note"/> takes from a save for <see cref="Committed"/>.</typeparam>
internal abstract class AfterCommitInterceptor<TNoted> : SaveChangesInterceptor
    where TNoted : class
{
    private readonly ConditionalWeakTable<DbContext, TNoted> saving = [];

    /// <summary>What this save changes that matters here, read before it runs; null when nothing does.</summary>
    protected abstract TNoted? Note(DbContext context);

    /// <summary>After the commit: a read that follows sees the change, and new rows have their ids.</summary>
    protected abstract void Committed(DbContext context, TNoted noted);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Flush(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            saving.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is not null && Note(context) is { } noted)
        {
            saving.AddOrUpdate(context, noted);
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !saving.TryGetValue(context, out var noted))
        {
            return;
        }

        saving.Remove(context);
        Committed(context, noted);
    }
}
