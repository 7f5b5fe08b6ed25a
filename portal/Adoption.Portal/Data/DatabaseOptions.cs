using Microsoft.Data.Sqlite;

namespace Adoption.Portal.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Which database the portal uses, read once at start.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart)
{
    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerName, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerName}' is not known; use Sqlite (the default) or SqlServer.");
        }

        var connectionString = configuration.GetConnectionString("Adoption");
        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Adoption is not set.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteConnectionString(connectionString, contentRoot);
        }

        // The embedded database migrates itself; a shared SQL Server is migrated by an operator
        // (`Adoption.Portal migrate`) unless they opt in.
        var migrateOnStart = configuration.GetValue("Database:MigrateOnStart", provider == DatabaseProvider.Sqlite);
        return new DatabaseOptions(provider, connectionString!, migrateOnStart);
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/adoption.db")
        {
            Pooling = true,
        };
        if (!Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
