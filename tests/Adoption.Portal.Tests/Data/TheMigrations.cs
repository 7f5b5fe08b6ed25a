using Adoption.Portal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Adoption.Portal.Tests.Data;

/// <summary>Both providers' migrations describe exactly the model: nothing is left to migrate.</summary>
public sealed class TheMigrations
{
    [Fact]
    public void MatchTheModelOnSqlite()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQLite model has changes no migration holds.");
    }

    [Fact]
    public void MatchTheModelOnSqlServer()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQL Server model has changes no migration holds.");
    }

    [Fact]
    public void ExistForBothProvidersUnderTheSameNames()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void ScriptIdempotentlyForSqlServer()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains($"WHERE [MigrationId] = N'{migration}'", script, StringComparison.Ordinal);
        }

        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        // Every trigger the model declares is created by a migration, as the first statement of its batch.
        foreach (var trigger in db.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredTriggers()).Select(t => t.ModelName))
        {
            Assert.Contains($"EXEC(N'CREATE TRIGGER [{trigger}]", script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CreateEveryDeclaredTriggerInSqlite()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        var script = sqlite.GetService<IMigrator>().GenerateScript();

        foreach (var trigger in sqlite.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredTriggers()).Select(t => t.ModelName))
        {
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
            {
                Assert.Contains($"CREATE TRIGGER \"{trigger}_{change[0]}{change[1..].ToLowerInvariant()}\" AFTER {change}", script, StringComparison.Ordinal);
            }
        }
    }
}
