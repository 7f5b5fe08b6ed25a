using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Adoption.Portal.Web;

/// <summary>
/// <c>&lt;compact-whitespace&gt;</c>: renders its content with the indentation between tags reduced to
/// one line break. A browser shows the result exactly as before (a run of white space between tags
/// counts as one), so long, repeated markup such as a plan's hundred table rows is sent about a
/// quarter smaller. Not for content inside <c>pre</c> or other white-space-preserving styles.
/// </summary>
[HtmlTargetElement("compact-whitespace")]
public sealed partial class CompactWhitespaceTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var content = (await output.GetChildContentAsync()).GetContent();
        output.Content.SetHtmlContent(IndentationBetweenTags().Replace(content, ">\n<"));
    }

    [GeneratedRegex(@">[ \t\r]*\n\s*<")]
    private static partial Regex IndentationBetweenTags();
}
