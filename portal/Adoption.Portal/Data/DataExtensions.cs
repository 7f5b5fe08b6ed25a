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

    /// <summary>
    /// Registers <typeparamref name="TWatch"/> once and adds it to the pooled contexts' options beside
    /// the data layer's own interceptors, for either provider: a feature learns of every save this way.
    /// </summary>
    internal static void AddSaveWatch<TWatch>(this IServiceCollection services)
        where TWatch : class, Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor
    {
        services.AddSingleton<TWatch>();
        services.ConfigureDbContext<SqliteAdoptionDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<TWatch>()));
        services.ConfigureDbContext<SqlServerAdoptionDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<TWatch>()));
    }
}
