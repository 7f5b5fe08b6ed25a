using System.Runtime.CompilerServices;
using Adoption.Portal.Domain.Attention;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Adoption.Portal.Attention;

/// <summary>
/// Tells <see cref="AttentionTouchCache"/> which accounts a save changed touches at, once it has
/// committed, whichever channel made them (nudges, surveys, email programs).
/// </summary>
internal sealed class AttentionTouchWatch(AttentionTouchCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<AttentionTouch>> saving = [];

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
        if (context is null)
        {
            return;
        }

        // Touches are added and removed, never edited in place, so their states are known without
        // a scan for changes (the save makes its own).
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var touches = tracker.Entries<AttentionTouch>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity).ToList();
            if (touches.Count > 0)
            {
                saving.AddOrUpdate(context, touches);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void Flush(DbContext? context)
    {
        if (context is null || !saving.TryGetValue(context, out var touches))
        {
            return;
        }

        saving.Remove(context);
        foreach (var accountId in touches.Select(t => t.AccountId).Distinct())
        {
            cache.Changed(accountId);
        }
    }
}
