using Microsoft.EntityFrameworkCore;

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

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            builder.Services.AddDbContext<AdoptionDb, SqlServerAdoptionDb>(o =>
                o.UseSqlServer(options.ConnectionString, sql => sql.EnableRetryOnFailure()));
        }
        else
        {
            builder.Services.AddDbContext<AdoptionDb, SqliteAdoptionDb>(o => o.UseSqlite(options.ConnectionString));
        }
    }
}
