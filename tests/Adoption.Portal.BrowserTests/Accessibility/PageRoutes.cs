using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.BrowserTests.Accessibility;

/// <summary>A Razor page's GET route as the app registered it: pages added later are found without listing them here.</summary>
public sealed record PageRoute(string ViewPath, RoutePattern Pattern)
{
    public string Template => Pattern.RawText ?? ViewPath;

    /// <summary>The app's page routes whose view lives under <paramref name="folder"/> (e.g. "/Customer").</summary>
    public static IReadOnlyList<PageRoute> Under(IServiceProvider services, string folder) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null && x.Page.ViewEnginePath.StartsWith(folder + "/", StringComparison.Ordinal))
            // A page answers its own route once; "Index" pages also register the folder path.
            .GroupBy(x => x.Page!.ViewEnginePath)
            .Select(g => g.OrderBy(x => x.Endpoint.RoutePattern.RawText?.Length ?? 0).First())
            .Select(x => new PageRoute(x.Page!.ViewEnginePath, x.Endpoint.RoutePattern))
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

    /// <summary>The route's required parameters (optional ones are left out of the URL).</summary>
    public IReadOnlyList<RoutePatternParameterPart> RequiredParameters =>
        Pattern.Parameters.Where(p => !p.IsOptional && p.Default is null).ToList();

    /// <summary>The URL with each parameter replaced by its value.</summary>
    public string Url(IReadOnlyDictionary<string, string> values) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => values.TryGetValue(parameter.Name, out var v) ? v : "",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))).Where(s => s.Length > 0));

    /// <summary>The literal segment just before <paramref name="parameter"/> ("milestones" in /plan/milestones/{id}).</summary>
    public string? SegmentBefore(RoutePatternParameterPart parameter)
    {
        var index = Pattern.PathSegments.ToList().FindIndex(s => s.Parts.Contains(parameter));
        return index > 0 && Pattern.PathSegments[index - 1].Parts is [RoutePatternLiteralPart literal] ? literal.Content : null;
    }
}
