namespace Adoption.Portal.Demo;

public static class DemoExtensions
{
    /// <summary>
    /// The demo: with <c>Demo:Seed</c> (the default on SQLite) an empty database is filled at start
    /// and the welcome lists the demo's sign-ins and keys.
    /// </summary>
    public static void AddDemo(this WebApplicationBuilder builder)
    {
        builder.AddPortalOptions<DemoOptions>(DemoOptions.Section);
        builder.Services.AddSingleton<DemoSwitch>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<IDatabaseSeeder, DemoDatabaseSeeder>();
        builder.Services.AddSingleton<IWelcomeNote, DemoWelcome>();
    }

    /// <summary>Whether this portal runs the demo: <c>Demo:Seed</c>, else on with SQLite.</summary>
    private sealed class DemoSwitch(DemoOptions options, DatabaseOptions database)
    {
        public bool On => options.Seed ?? database.Provider == DatabaseProvider.Sqlite;
    }

    private sealed class DemoDatabaseSeeder(DemoSwitch demo, DemoSeeder seeder) : IDatabaseSeeder
    {
        public Task SeedAsync(CancellationToken cancellationToken) => demo.On ? seeder.SeedIfEmptyAsync(cancellationToken) : Task.CompletedTask;
    }

    private sealed class DemoWelcome(DemoSwitch demo) : IWelcomeNote
    {
        public IEnumerable<string> Lines()
        {
            if (!demo.On)
            {
                yield break;
            }

            yield return $"  Demo sign-ins (password {DemoSignIns.Password}):";
            foreach (var s in DemoSignIns.All)
            {
                yield return $"    {s.Email,-36} {s.Role}{(s.Company is null ? "" : $", {s.Company}")}";
            }

            yield return $"  Demo SDK write key: {DemoSignIns.WriteKey}";
            yield return $"  Demo SDK server key (secret; for the host's server only): {DemoServerKey.Value}";
        }
    }
}
