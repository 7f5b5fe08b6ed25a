using Microsoft.EntityFrameworkCore.Design;

namespace Adoption.Portal.Data;

/// <summary>The embedded default: a SQLite file in WAL mode. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAdoptionDb : AdoptionDb
{
    /// <summary>The tenant comes from the options' application services (none: every account).</summary>
    public SqliteAdoptionDb(DbContextOptions<SqliteAdoptionDb> options) : base(options, TenantFrom(options)) { }
}

/// <summary>Production on SQL Server. Migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerAdoptionDb : AdoptionDb
{
    /// <summary>The tenant comes from the options' application services (none: every account).</summary>
    public SqlServerAdoptionDb(DbContextOptions<SqlServerAdoptionDb> options) : base(options, TenantFrom(options)) { }
}

// The design-time factories let `dotnet ef` build each context without starting the portal or
// reaching a server: adding migrations and scripting never connect.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAdoptionDb>
{
    public SqliteAdoptionDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAdoptionDb>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAdoptionDb>
{
    public SqlServerAdoptionDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAdoptionDb>()
            .UseSqlServer("Server=localhost;Database=Adoption;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
