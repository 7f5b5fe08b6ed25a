using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Adoption.Portal.Email;

/// <summary>
/// A rendered email's HTML, made showable inside the portal: the portal's content security policy
/// (which a preview frame inherits) allows no style attributes, so each element's inlined style
/// becomes a rule of one <c>&lt;style&gt;</c> element carrying the page's nonce. What the frame shows
/// is exactly the message that is sent.
/// </summary>
public static class EmailPreview
{
    public static string ForFrame(string html, string nonce)
    {
        var document = new HtmlParser().ParseDocument(html);
        var css = new StringBuilder();
        var n = 0;
        foreach (var element in document.All.Where(e => e.HasAttribute("style")).ToList())
        {
            n++;
            var id = n.ToString(CultureInfo.InvariantCulture);
            element.SetAttribute("data-preview", id);
            css.Append(CultureInfo.InvariantCulture, $"[data-preview=\"{id}\"] {{ {element.GetAttribute("style")} }}\n");
            element.RemoveAttribute("style");
        }

        foreach (var existing in document.QuerySelectorAll("style"))
        {
            existing.SetAttribute("nonce", nonce);
        }

        var rules = document.CreateElement("style");
        rules.SetAttribute("nonce", nonce);
        rules.TextContent = css.ToString();
        // First, so the layout's phone-width rules (which follow) still win where they say !important.
        (document.Head ?? document.DocumentElement).Prepend(rules);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }
}
