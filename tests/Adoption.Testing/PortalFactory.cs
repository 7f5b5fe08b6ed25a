using System.Collections.Concurrent;
using Adoption.Portal.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Testing;

/// <summary>
/// The real portal on its own SQLite file (a copy of a demo database seeded once per test run),
/// with a fake clock that starts at the real time so the demo's relative dates line up.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "adoption-tests", $"{Guid.NewGuid():N}.db");
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    private readonly ConcurrentBag<AsyncServiceScope> scopes = [];

    /// <summary>Start from an empty database instead of the demo copy.</summary>
    protected virtual bool StartEmpty => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        if (!StartEmpty)
        {
            File.Copy(DemoTemplate.Path, DatabasePath);
        }

        builder.UseEnvironment("Testing");
        // As in Development: every registered service must be constructible, or the host refuses to start.
        builder.UseDefaultServiceProvider(o => o.ValidateOnBuild = true);
        builder.UseSetting("ConnectionStrings:Adoption", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Seed", "true");
        // Links in emails use the configured public address only (required outside Development).
        builder.UseSetting("Email:PublicUrl", "https://localhost");
        // Tests run email programs themselves; a scheduler would mail demo contacts in every test.
        builder.UseSetting("EmailPrograms:Schedule", "false");
        // Tests run training's background pass themselves (TrainingPass.RunOnceAsync).
        builder.UseSetting("Training:Background", "false");
        // Tests sign in hundreds of times from one address; the rate-limit tests restore the real limits.
        builder.UseSetting("Security:RateLimits:PerAddress", "100000");
        builder.UseSetting("Security:RateLimits:PerAccount", "100000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, on https so Secure cookies flow.</summary>
    public HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>
    /// A DbContext on this portal's database that sees every account (as vendor jobs do). Its scope
    /// (which holds the pooled context's lease) is disposed with the portal.
    /// </summary>
    public AdoptionDb CreateDb()
    {
        var scope = Services.CreateAsyncScope();
        scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<AdoptionDb>();
    }

    public override async ValueTask DisposeAsync()
    {
        while (scopes.TryTake(out var scope))
        {
            await scope.DisposeAsync();
        }

        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>A portal started on an empty database file: it migrates and seeds itself as on first run.</summary>
public sealed class EmptyPortalFactory : PortalFactory
{
    protected override bool StartEmpty => true;
}
