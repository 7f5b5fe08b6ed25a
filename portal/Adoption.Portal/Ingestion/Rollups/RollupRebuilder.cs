using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Rollups;

/// <summary>
/// Recounts the four rollup tables from the raw events in set-based SQL that both SQLite and SQL
/// Server run as written (brackets quote identifiers in both). The rules are the writer's: track,
/// page and screen calls are activity; track calls mapped to a key feature are feature use; every
/// track call counts for its person and event name.
/// </summary>
public static class RollupRebuilder
{
    private static readonly string Activity = $"Type IN {MessageTypes.ActivitySql} AND AccountId IS NOT NULL AND COALESCE(UserId, AnonymousId) IS NOT NULL";

    private static readonly string[] Statements =
    [
        "DELETE FROM UserFeatureDays",
        "DELETE FROM UserDays",
        "DELETE FROM AccountFeatureDays",
        "DELETE FROM UserEvents",
        $"""
        INSERT INTO UserFeatureDays (AccountId, FeatureId, [Day], UserKey, Events)
        SELECT AccountId, FeatureId, [Day], COALESCE(UserId, AnonymousId), COUNT(*) FROM TrackedEvents
        WHERE {Activity} AND FeatureId IS NOT NULL
        GROUP BY AccountId, FeatureId, [Day], COALESCE(UserId, AnonymousId)
        """,
        $"""
        INSERT INTO UserDays (AccountId, [Day], UserKey, Events)
        SELECT AccountId, [Day], COALESCE(UserId, AnonymousId), COUNT(*) FROM TrackedEvents
        WHERE {Activity}
        GROUP BY AccountId, [Day], COALESCE(UserId, AnonymousId)
        """,
        """
        INSERT INTO AccountFeatureDays (AccountId, FeatureId, [Day], Events, Users)
        SELECT AccountId, FeatureId, [Day], SUM(Events), COUNT(*) FROM UserFeatureDays
        GROUP BY AccountId, FeatureId, [Day]
        """,
        $"""
        INSERT INTO UserEvents (AccountId, UserKey, [Event], FirstDay, LastDay, Events)
        SELECT AccountId, COALESCE(UserId, AnonymousId), [Event], MIN([Day]), MAX([Day]), COUNT(*) FROM TrackedEvents
        WHERE {Activity} AND Type = '{MessageTypes.Track}' AND [Event] IS NOT NULL
        GROUP BY AccountId, COALESCE(UserId, AnonymousId), [Event]
        """,
        "UPDATE RollupCheckpoints SET AppliedThroughEventId = COALESCE((SELECT MAX(Id) FROM TrackedEvents), 0) WHERE Id = 1",
    ];

    /// <summary>Rebuilds inside the caller's transaction, or in its own when there is none.</summary>
    public static async Task RebuildAsync(AdoptionDb db, CancellationToken cancellationToken = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            foreach (var sql in Statements)
            {
                await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
