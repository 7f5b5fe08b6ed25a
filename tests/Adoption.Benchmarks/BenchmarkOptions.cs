using System.Globalization;

namespace Adoption.Benchmarks;

/// <summary>Command-line settings: <c>--events 1000000 --clients 8 --batch 100 --portal path/Adoption.Portal.dll --dir artifacts/benchmark</c>.</summary>
internal sealed record BenchmarkOptions(int Events, int Clients, int BatchSize, string PortalDll, string Directory, int Accounts, int UsersPerAccount)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Number(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new BenchmarkOptions(
            Number("--events", 1_000_000), Number("--clients", 8), Number("--batch", 100),
            Path.GetFullPath(Value("--portal", "portal/Adoption.Portal/bin/Release/net10.0/Adoption.Portal.dll")),
            Path.GetFullPath(Value("--dir", "artifacts/benchmark")),
            Number("--accounts", 200), Number("--users", 25));
    }
}
