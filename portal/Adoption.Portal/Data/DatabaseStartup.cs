namespace Adoption.Portal.Data;

public static class DatabaseStartup
{
    /// <summary>Applies pending migrations (the operator's <c>migrate</c> command).</summary>
    public static async Task MigrateAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdoptionDb>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers carry on while the ingestion API writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>Migrates (when configured), then runs the registered seeders (the demo's, when it is on).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStart)
        {
            await app.Services.MigrateAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDatabaseSeeder>())
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }
}
