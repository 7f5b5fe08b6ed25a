using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Adoption.Testing;

/// <summary>
/// Seeds the demo once per test process through a real start of the portal, then hands out copies:
/// each test class gets its own file without paying for the seeding again.
/// </summary>
public static class DemoTemplate
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => Template.Value;

    private static string Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "adoption-tests", $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Adoption", $"Data Source={path}");
            b.UseSetting("Demo:Seed", "true");
            b.UseSetting("Email:PublicUrl", "https://localhost");
            // The template is the demo as seeded: no email program may queue into it while the host runs.
            b.UseSetting("EmailPrograms:Schedule", "false");
        }))
        {
            // Starting the host migrates and seeds.
            _ = factory.Services;
        }

        // Fold the write-ahead log into the file so a plain copy holds everything.
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }
}
