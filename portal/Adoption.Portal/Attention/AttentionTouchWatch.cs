using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Attention;

/// <summary>
/// Tells <see cref="AttentionTouchCache"/> which accounts a save changed touches at, once it has
/// committed, whichever channel made them (nudges, surveys, email programs).
/// </summary>
internal sealed class AttentionTouchWatch(AttentionTouchCache cache) : AfterCommitInterceptor<List<AttentionTouch>>
{


    protected override List<AttentionTouch>? Note(DbContext context)
    {
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
            return touches.Count > 0 ? touches : null;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    protected override void Committed(DbContext context, List<AttentionTouch> touches)
    {
        foreach (var accountId in touches.Select(t => t.AccountId).Distinct())
        {
            cache.Changed(accountId);
        }
    }
}
