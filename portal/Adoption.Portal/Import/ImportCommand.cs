using System.Diagnostics;

namespace Adoption.Portal.Import;

/// <summary><c>Adoption.Portal import accounts|contacts|tickets &lt;file&gt;</c>: the CSV import without a browser; all lines or none.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? kindText, string? file, TextWriter output)
    {
        if (!Importers.TryKind(kindText, out var kind) || file is null)
        {
            await output.WriteLineAsync("Usage: Adoption.Portal import accounts|contacts|tickets <file.csv>");
            return 2;
        }

        if (!File.Exists(file))
        {
            await output.WriteLineAsync($"{file}: no such file.");
            return 2;
        }

        if (services.GetRequiredService<DatabaseOptions>().MigrateOnStart)
        {
            await services.MigrateAsync();
        }

        var csv = await File.ReadAllTextAsync(file);
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        // Line errors in the operator's language, as the page shows them.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var result = await scope.ServiceProvider.GetRequiredService<Importers>().RunAsync(kind, csv, save: true);
        watch.Stop();
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Take(200))
            {
                await output.WriteLineAsync($"{file}:{error.Line}: {(error.Column is null ? "" : error.Column + ": ")}{error.Message}");
            }

            await output.WriteLineAsync($"{result.Errors.Count} problem(s); nothing was imported.");
            return 1;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.Lines} {kind.ToString().ToLowerInvariant()} lines: {result.Created} created, {result.Updated} updated, in {watch.Elapsed.TotalMilliseconds:0} ms."));
        return 0;
    }
}
