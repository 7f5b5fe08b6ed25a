using System.Text;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// One builder per thread for a placement's HTML, so a render allocates its result string and not the builder's
/// chunks as well (a banner and a checklist are about 3,500 characters). Taken and given back with no await in
/// between; a builder that grew past <see cref="MaxKept"/> is left to the collector.
/// </summary>
internal static class PlacementBuffer
{
    private const int MaxKept = 16 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    public static StringBuilder Take()
    {
        var html = t_cached ?? new StringBuilder(4096);
        t_cached = null;
        return html.Clear();
    }

    public static string Release(StringBuilder html)
    {
        var result = html.ToString();
        if (html.Capacity <= MaxKept)
        {
            t_cached = html;
        }

        return result;
    }
}
