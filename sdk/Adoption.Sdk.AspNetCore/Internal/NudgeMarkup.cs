using System.Text;
using System.Text.Encodings.Web;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// The HTML of nudges. Every control is a real form button; the script fetches the antiforgery token when
/// the person first acts and posts with it (decision 0020), so without the script a post is refused. The hooks <c>data-adoption-nudge</c>,
/// <c>data-adoption-kind</c> and <c>data-adoption-action</c> are a contract: host CSS and tests rely on them.
/// No inline script or style, so a strict Content-Security-Policy holds.
/// </summary>
internal static class NudgeMarkup
{
    // Every script readable as itself (Finnish, Chinese), while markup characters are still encoded. Encode returns
    // its argument, allocating nothing, when there is nothing to encode: the usual case.
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static void Write(StringBuilder html, Engagement nudge, NudgeForm form)
    {
        var id = ElementId(nudge.Id);
        var labels = Labels.For(nudge.Content.Locale);
        switch (nudge.Kind)
        {
            case EngagementKind.Banner:
                Open(html, "section", nudge, "banner", id).Append(" role=\"region\">");
                Text(html, nudge, id);
                Actions(html, nudge, form, labels);
                html.Append("</section>");
                break;
            case EngagementKind.Checklist:
                Open(html, "section", nudge, "checklist", id).Append(" role=\"region\">");
                Text(html, nudge, id);
                Checklist(html, nudge, id, labels);
                Actions(html, nudge, form, labels);
                html.Append("</section>");
                break;
            case EngagementKind.Modal:
                // Opened with showModal() by the script: the page behind becomes inert, Escape closes it.
                Open(html, "dialog", nudge, "modal", id).Append(" aria-describedby=\"").Append(id).Append("-body\">");
                Text(html, nudge, id);
                Actions(html, nudge, form, labels, closeWithoutOutcome: !nudge.Dismissible);
                html.Append("</dialog>");
                break;
            case EngagementKind.Tooltip when nudge.Anchor is not null:
                // Hidden until the script finds the anchor and places it there; no anchor on the page, no tooltip.
                Open(html, "div", nudge, "tooltip", id).Append(" role=\"dialog\" aria-modal=\"false\" aria-describedby=\"").Append(id)
                    .Append("-body\" data-adoption-anchor=\"").Append(Html.Encode(nudge.Anchor)).Append("\" hidden>");
                Text(html, nudge, id);
                Actions(html, nudge, form, labels, closeWithoutOutcome: !nudge.Dismissible);
                html.Append("</div>");
                break;
        }
    }

    /// <summary>The stylesheet and script, from <paramref name="pathBase"/><c>/_content/Adoption.Sdk.AspNetCore/</c>.</summary>
    public static void Assets(StringBuilder html, string pathBase, string? nonce)
    {
        const string Content = "/_content/Adoption.Sdk.AspNetCore/adoption-nudges";
        var root = Html.Encode(pathBase);
        html.Append("<link rel=\"stylesheet\" href=\"").Append(root).Append(Content).Append(".css\"");
        Nonce(html, nonce).Append('>')
            .Append("<script src=\"").Append(root).Append(Content).Append(".js\" defer");
        Nonce(html, nonce).Append("></script>");
    }

    private static StringBuilder Nonce(StringBuilder html, string? nonce) =>
        nonce is null ? html : html.Append(" nonce=\"").Append(Html.Encode(nonce)).Append('"');

    // The opening tag up to its last attribute: the caller adds its own attributes and the '>'.
    private static StringBuilder Open(StringBuilder html, string tag, Engagement nudge, string kind, string id) =>
        html.Append('<').Append(tag).Append(" class=\"adoption-nudge adoption-").Append(kind)
            .Append("\" data-adoption-nudge=\"").Append(Html.Encode(nudge.Id))
            .Append("\" data-adoption-kind=\"").Append(kind)
            .Append("\" aria-labelledby=\"").Append(id).Append("-title\"");

    private static void Text(StringBuilder html, Engagement nudge, string id)
    {
        var lang = Html.Encode(nudge.Content.Locale);
        html.Append("<h2 class=\"adoption-title\" id=\"").Append(id).Append("-title\" lang=\"").Append(lang).Append("\">")
            .Append(Html.Encode(nudge.Content.Title)).Append("</h2>");
        html.Append("<p class=\"adoption-body\" id=\"").Append(id).Append("-body\" lang=\"").Append(lang).Append("\">")
            .Append(Html.Encode(nudge.Content.Body)).Append("</p>");
    }

    private static void Checklist(StringBuilder html, Engagement nudge, string id, Labels labels)
    {
        var done = 0;
        foreach (var step in nudge.Steps)
        {
            done += step.Done ? 1 : 0;
        }

        var total = nudge.Steps.Count;
        var progress = Html.Encode(labels.Progress(done, total));
        html.Append("<p class=\"adoption-progress-label\" id=\"").Append(id).Append("-progress\">").Append(progress).Append("</p>")
            .Append("<progress class=\"adoption-progress\" max=\"").Append(total).Append("\" value=\"").Append(done)
            .Append("\" aria-labelledby=\"").Append(id).Append("-progress\">").Append(progress).Append("</progress>")
            .Append("<ol class=\"adoption-steps\">");
        foreach (var step in nudge.Steps)
        {
            html.Append("<li data-adoption-step=\"").Append(Html.Encode(step.Key)).Append("\" data-adoption-done=\"")
                .Append(step.Done ? "true" : "false").Append("\"><span class=\"adoption-visually-hidden\">")
                .Append(Html.Encode(step.Done ? labels.Done : labels.NotDone)).Append(": </span>")
                .Append(Html.Encode(step.Label)).Append("</li>");
        }

        html.Append("</ol>");
    }

    private static void Actions(StringBuilder html, Engagement nudge, NudgeForm form, Labels labels, bool closeWithoutOutcome = false)
    {
        var action = form.Action;
        html.Append("<form class=\"adoption-actions\" method=\"post\" action=\"").Append(action).Append("\">")
            .Append("<input type=\"hidden\" name=\"token\" value=\"").Append(Html.Encode(nudge.Token)).Append("\">")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(form.ReturnUrl).Append("\">");
        if (nudge.Content is { CtaLabel: { } cta, CtaUrl: { } url })
        {
            // The host records the click, then redirects to the target (a local address only).
            html.Append("<button type=\"submit\" class=\"adoption-cta\" name=\"kind\" value=\"cta\" formaction=\"").Append(action)
                .Append("?next=").Append(Html.Encode(Uri.EscapeDataString(url))).Append("\" data-adoption-action=\"cta\">")
                .Append(Html.Encode(cta)).Append("</button>");
        }

        if (nudge.SnoozeDays > 0)
        {
            html.Append("<button type=\"submit\" class=\"adoption-snooze\" name=\"kind\" value=\"snoozed\" data-adoption-action=\"snooze\">")
                .Append(Html.Encode(labels.Snooze(nudge.SnoozeDays))).Append("</button>");
        }

        if (nudge.Dismissible)
        {
            html.Append("<button type=\"submit\" class=\"adoption-dismiss\" name=\"kind\" value=\"dismissed\" data-adoption-action=\"dismiss\">")
                .Append(Html.Encode(labels.Dismiss)).Append("</button>");
        }
        else if (closeWithoutOutcome)
        {
            // Not dismissible for good, but an interruption must always be closable for this page.
            html.Append("<button type=\"button\" class=\"adoption-close\" data-adoption-close>").Append(Html.Encode(labels.Close)).Append("</button>");
        }

        html.Append("</form>");
    }

    // Element ids from the portal's engagement id, "adoption-{id}": letters, digits, '-' and '_' survive, the rest
    // become '-'. One string, made once per nudge.
    public static string ElementId(string engagementId) =>
        string.Create(Prefix.Length + engagementId.Length, engagementId, static (span, source) =>
        {
            Prefix.CopyTo(span);
            for (var i = 0; i < source.Length; i++)
            {
                span[Prefix.Length + i] = char.IsAsciiLetterOrDigit(source[i]) || source[i] is '-' or '_' ? source[i] : '-';
            }
        });

    private const string Prefix = "adoption-";
}
