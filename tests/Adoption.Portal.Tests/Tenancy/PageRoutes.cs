using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Tenancy;

/// <summary>One page of the running portal: its route, its parameters and its POST handlers.</summary>
public sealed partial record PageRoute(string Pattern, IReadOnlyList<string> Parameters, IReadOnlyList<string?> PostHandlers)
{
    /// <summary>Its named GET handlers: exports and downloads (<c>?handler=Csv</c>) that no form shows.</summary>
    public IReadOnlyList<string> GetHandlers { get; init; } = [];

    /// <summary>The literal start of the route up to its first parameter: what the id mappings are keyed by.</summary>
    public string Prefix => Pattern.Contains('{', StringComparison.Ordinal) ? Pattern[..Pattern.IndexOf('{', StringComparison.Ordinal)] : Pattern;

    public bool IsCsm => Pattern == "csm" || Pattern.StartsWith("csm/", StringComparison.Ordinal);

    public IEnumerable<string> IdParameters => Parameters.Where(IsIdLike);

    public static bool IsIdLike(string parameter) =>
        parameter.Equals("id", StringComparison.OrdinalIgnoreCase) || parameter.EndsWith("Id", StringComparison.Ordinal);

    public string Url(IReadOnlyDictionary<string, string> values) =>
        "/" + Parameter().Replace(Pattern, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Uri.EscapeDataString(v) : "").TrimEnd('/');

    public static string WithHandler(string url, string? handler) => handler is null ? url : $"{url}?handler={Uri.EscapeDataString(handler)}";

    /// <summary>Every Razor page the portal serves, read from its endpoints, so pages added later are walked too.</summary>
    public static async Task<IReadOnlyList<PageRoute>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var routes = new List<PageRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            routes.Add(new PageRoute(
                endpoint.RoutePattern.RawText!.Trim('/'),
                endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList(),
                compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name).Distinct().ToList())
            {
                GetHandlers = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) && h.Name is not null)
                    .Select(h => h.Name!).Distinct().ToList(),
            });
        }

        return routes.DistinctBy(r => r.Pattern).OrderBy(r => r.Pattern, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\{\**([A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex Parameter();
}
