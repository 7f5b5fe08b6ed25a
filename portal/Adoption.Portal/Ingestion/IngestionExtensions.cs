using Adoption.Portal.Ingestion.Api;
using Adoption.Portal.Ingestion.Catalogue;
using Adoption.Portal.Ingestion.Rollups;
using Adoption.Portal.Ingestion.Writing;

namespace Adoption.Portal.Ingestion;

public static class IngestionExtensions
{
    /// <summary>
    /// The tracking API's services: key lookup, catalogue, rate limits, the single writer and its
    /// store (raw SQLite on SQLite, EF Core on SQL Server; <c>Ingestion:Store=Ef</c> forces EF).
    /// </summary>
    public static void AddIngestion(this WebApplicationBuilder builder)
    {
        builder.AddPortalOptions<IngestionOptions>(IngestionOptions.Section, IngestionOptions.Rules);
        var services = builder.Services;
        services.AddSingleton<WriteKeyAuthenticator>();
        services.AddSingleton<FeatureCatalogue>();
        services.AddSingleton<IngestionRateLimiter>();
        services.AddSingleton<IngestionQueue>();
        services.AddSingleton<IngestionHandler>();
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<ProfileUpdater>();
        services.AddSingleton<MilestoneAutoCompleter>();
        services.AddSingleton<IIngestionStore>(sp => CreateStore(sp.GetRequiredService<DatabaseOptions>(), sp.GetRequiredService<IngestionOptions>().Store));
        services.AddSingleton<BatchWriter>();
        services.AddHostedService<IngestionWriter>();
        services.AddOpenApi(TrackingApiDocument.Name, TrackingApiDocument.Configure);
    }

    /// <summary>The tracking API under <c>/v1</c> and its OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static void MapIngestionApi(this WebApplication app)
    {
        app.MapTrackingApi();
        app.MapOpenApi();
    }

    /// <summary>Operator command <c>Adoption.Portal rebuild-rollups</c>: recounts every rollup from the raw events.</summary>
    public static async Task RebuildRollupsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await RollupRebuilder.RebuildAsync(scope.ServiceProvider.GetRequiredService<AdoptionDb>(), cancellationToken);
    }

    private static IIngestionStore CreateStore(DatabaseOptions database, IngestionStore store)
    {
        if (database.Provider == DatabaseProvider.Sqlite && store != IngestionStore.Ef)
        {
            return new SqliteIngestionStore(database);
        }

        // No retrying execution strategy here: the writer owns its transactions and retries itself.
        return database.Provider == DatabaseProvider.SqlServer
            ? new EfIngestionStore(() => new SqlServerAdoptionDb(
                new DbContextOptionsBuilder<SqlServerAdoptionDb>().UseSqlServer(database.ConnectionString).Options))
            : new EfIngestionStore(() => new SqliteAdoptionDb(
                new DbContextOptionsBuilder<SqliteAdoptionDb>().UseSqlite(database.ConnectionString).Options));
    }
}
