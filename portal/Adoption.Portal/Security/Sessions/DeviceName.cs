namespace Adoption.Portal.Security.Sessions;

/// <summary>"Firefox on Windows" from a User-Agent: enough for a person to recognise their own devices.</summary>
public static class DeviceName
{
    private static readonly (string Token, string Name)[] Browsers =
        [("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari")];

    private static readonly (string Token, string Name)[] Systems =
        [("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"), ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux")];

    public static string Of(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "?";
        }

        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system) switch
        {
            (not null, not null) => $"{browser} · {system}",
            (not null, null) => browser,
            (null, not null) => system,
            // An unknown client is shown by the start of what it calls itself, never in full.
            _ => userAgent.Length > 40 ? userAgent[..40] : userAgent,
        };
    }
}
