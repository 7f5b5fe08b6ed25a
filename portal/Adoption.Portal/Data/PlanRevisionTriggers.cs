using Microsoft.EntityFrameworkCore.Migrations;

namespace Adoption.Portal.Data;

/// <summary>
/// Database triggers that raise <c>Plans.ContentRevision</c> whenever a row under the plan is
/// inserted, updated or deleted: objectives, metrics, milestones and comments. They fire for every
/// writer alike (tracked saves, bulk updates, the ingestion writer's milestone auto-completion, a
/// DBA's hand-written SQL) inside the writer's own transaction, so a plan rendered under one revision
/// can be reused until the revision moves, on every instance of the portal.
/// </summary>
public static class PlanRevisionTriggers
{
    /// <summary>Each table with the SQL (one row alias in, one plan id out) that finds its plan.</summary>
    private static readonly (string Table, Func<string, string> PlanIdOf, string SetOfPlanIds)[] Tables =
    [
        ("Objectives", row => $"{row}.\"PlanId\"", "SELECT [PlanId] FROM inserted UNION SELECT [PlanId] FROM deleted"),
        ("PlanComments", row => $"{row}.\"PlanId\"", "SELECT [PlanId] FROM inserted UNION SELECT [PlanId] FROM deleted"),
        ("Metrics", ViaObjective, ObjectivesPlans),
        ("Milestones", ViaObjective, ObjectivesPlans),
    ];

    private const string ObjectivesPlans =
        "SELECT [o].[PlanId] FROM [Objectives] AS [o] WHERE [o].[Id] IN (SELECT [ObjectiveId] FROM inserted UNION SELECT [ObjectiveId] FROM deleted)";

    private static string ViaObjective(string row) => $"(SELECT \"PlanId\" FROM \"Objectives\" WHERE \"Id\" = {row}.\"ObjectiveId\")";

    /// <summary>The trigger's name as the model declares it (EF then avoids OUTPUT/RETURNING on the table).</summary>
    public static string NameFor(string table) => $"TR_{table}_RaisePlanRevision";

    public static void Create(MigrationBuilder migration)
    {
        foreach (var statement in IsSqlServer(migration) ? SqlServerCreate() : SqliteCreate())
        {
            migration.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migration)
    {
        foreach (var (table, _, _) in Tables)
        {
            if (IsSqlServer(migration))
            {
                migration.Sql($"DROP TRIGGER IF EXISTS [{NameFor(table)}];");
                continue;
            }

            foreach (var change in SqliteChanges)
            {
                migration.Sql($"DROP TRIGGER IF EXISTS \"{NameFor(table)}_{change}\";");
            }
        }
    }

    private static readonly string[] SqliteChanges = ["Insert", "Update", "Delete"];

    private static IEnumerable<string> SqliteCreate()
    {
        // SQLite triggers are per row and per kind of change; an update may move the row to another plan.
        foreach (var (table, planIdOf, _) in Tables)
        {
            foreach (var change in SqliteChanges)
            {
                var planIds = change switch
                {
                    "Insert" => planIdOf("NEW"),
                    "Delete" => planIdOf("OLD"),
                    _ => $"{planIdOf("NEW")}, {planIdOf("OLD")}",
                };
                yield return $"""
                    CREATE TRIGGER "{NameFor(table)}_{change}" AFTER {change.ToUpperInvariant()} ON "{table}"
                    BEGIN
                        UPDATE "Plans" SET "ContentRevision" = "ContentRevision" + 1 WHERE "Id" IN ({planIds});
                    END;
                    """;
            }
        }
    }

    private static IEnumerable<string> SqlServerCreate()
    {
        // One statement-level trigger per table; EXEC keeps CREATE TRIGGER first in its batch, also
        // inside the IF blocks of an idempotent migration script.
        foreach (var (table, _, setOfPlanIds) in Tables)
        {
            var body = $"""
                CREATE TRIGGER [{NameFor(table)}] ON [{table}] AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    UPDATE [Plans] SET [ContentRevision] = [ContentRevision] + 1 WHERE [Id] IN ({setOfPlanIds});
                END
                """;
            yield return $"EXEC(N'{body.Replace("'", "''", StringComparison.Ordinal)}');";
        }
    }

    private static bool IsSqlServer(MigrationBuilder migration) =>
        migration.ActiveProvider == "Microsoft.EntityFrameworkCore.SqlServer";
}
