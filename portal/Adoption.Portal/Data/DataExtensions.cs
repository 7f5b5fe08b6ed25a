namespace Adoption.Portal.Data;

public static class DataExtensions
{
    /// <summary>
    /// SQLite is the zero-set-up default: a file under App_Data. <c>Database:Provider=SqlServer</c>
    /// with <c>ConnectionStrings:Adoption</c> selects SQL Server.
    /// </summary>
    public static void AddPortalData(this WebApplicationBuilder builder)
    {
        var options = DatabaseOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);

        // Pooled: a request leases a ready context instead of building one (and its services) anew.
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContextPool<AdoptionDb, SqlServerAdoptionDb>((sp, o) =>
                o.UseSqlServer(options.ConnectionString, sql => sql.EnableRetryOnFailure()).AddInterceptors(new Security.SecurityAuditInterceptor(sp)));
        }
        else
        {
            builder.Services.AddDbContextPool<AdoptionDb, SqliteAdoptionDb>((sp, o) => o.UseSqlite(options.ConnectionString).AddInterceptors(new Security.SecurityAuditInterceptor(sp)));
        }
    }
}
