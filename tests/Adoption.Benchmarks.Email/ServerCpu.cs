using System.Diagnostics;
using System.Globalization;

internal static class ServerCpu
{
    /// <summary>User and system time of a process from /proc (in clock ticks of 1/100 s); 0 where there is no /proc.</summary>
    public static double Seconds(Process process)
    {
        var path = $"/proc/{process.Id}/stat";
        if (!File.Exists(path))
        {
            return 0;
        }

        var fields = File.ReadAllText(path).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }
}
