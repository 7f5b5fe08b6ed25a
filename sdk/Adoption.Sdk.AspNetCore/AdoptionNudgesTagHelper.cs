using Adoption.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace Adoption.Sdk.AspNetCore;

/// <summary>
/// <c>&lt;adoption-nudges placement="home" /&gt;</c>: the nudges the portal decided for the signed-in user in this
/// placement, as accessible HTML (a banner is a region, a modal a dialog, a tooltip points at its anchor, a
/// checklist shows its progress). Renders nothing when nobody is signed in, nothing is decided, or the portal
/// cannot answer within <see cref="AdoptionOptions.DecisionTimeout"/>: the page is never held longer.
/// </summary>
[HtmlTargetElement("adoption-nudges", Attributes = "placement", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AdoptionNudgesTagHelper : TagHelper
{
    private const string AssetsWritten = "Adoption.Sdk.AspNetCore.AssetsWritten";
    private readonly IAdoptionClient _adoption;
    private readonly AdoptionAspNetCoreOptions _options;
    private readonly SeenLog _seen;

    /// <summary>Created by Razor with the services <see cref="AdoptionAspNetCoreExtensions.AddAdoptionAspNetCore"/> registers.</summary>
    /// <param name="adoption">The SDK client.</param>
    /// <param name="antiforgery">
    /// Not used while rendering: the page carries no antiforgery token, the script asks
    /// <see cref="AdoptionAspNetCoreExtensions.MapAdoptionEndpoints"/> for one when the user acts. Kept so the
    /// constructor Razor calls stays the same.
    /// </param>
    /// <param name="options">The web package's options.</param>
    public AdoptionNudgesTagHelper(IAdoptionClient adoption, IAntiforgery antiforgery, IOptions<AdoptionAspNetCoreOptions> options)
        : this(adoption, antiforgery, options, SeenLog.Shared)
    {
    }

    internal AdoptionNudgesTagHelper(IAdoptionClient adoption, IAntiforgery antiforgery, IOptions<AdoptionAspNetCoreOptions> options, SeenLog seen)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = antiforgery;
        (_adoption, _options, _seen) = (adoption, options.Value, seen);
    }

    /// <summary>The host's placement name, as chosen in the portal: a-z, 0-9, '-' and '_', for example <c>home</c>.</summary>
    [HtmlAttributeName("placement")]
    public string Placement { get; set; } = "";

    /// <summary>The page's CSP nonce, put on the script and stylesheet the tag adds. Default: none.</summary>
    [HtmlAttributeName("nonce")]
    public string? Nonce { get; set; }

    /// <summary>The view being rendered; set by Razor.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var http = ViewContext.HttpContext;
        var html = await RenderAsync(http).ConfigureAwait(false);
        if (html is null)
        {
            output.SuppressOutput();
            return;
        }

        output.Content.SetHtmlContent(html);
    }

    private async Task<string?> RenderAsync(HttpContext http)
    {
        try
        {
            if (_options.UserIdResolver(http) is not { Length: > 0 } userId)
            {
                return null;
            }

            var engagements = await _adoption.GetEngagementsAsync(userId, [Placement], _options.LocaleResolver(http), http.RequestAborted)
                .ConfigureAwait(false);
            if (!AnyHere(engagements))
            {
                return null;
            }

            // No antiforgery token in the page: making one is most of a render's cost, and most nudges are only looked
            // at. The script asks for it the first time the user acts (docs/decisions/0020-lazy-antiforgery-token-for-nudges.md).
            var request = http.Request;
            var form = new NudgeForm(
                NudgeMarkup.Html.Encode(request.PathBase.Add(_options.OutcomesPath).Value ?? ""),
                NudgeMarkup.Html.Encode(string.Concat(request.PathBase.ToUriComponent(), request.Path.ToUriComponent(), request.QueryString.Value)));
            var html = PlacementBuffer.Take();
            foreach (var nudge in engagements)
            {
                if (nudge.Placement != Placement)
                {
                    continue;
                }

                if (nudge.Kind == EngagementKind.Survey)
                {
                    SurveyMarkup.Write(html, nudge, form);
                }
                else
                {
                    NudgeMarkup.Write(html, nudge, form);
                }

                if (_options.RecordSeen && _seen.FirstToday(userId, nudge.Id))
                {
                    _adoption.RecordOutcome(userId, nudge.Token, OutcomeKind.Seen);
                }
            }

            if (_options.IncludeAssets && http.Items.TryAdd(AssetsWritten, true))
            {
                NudgeMarkup.Assets(html, request.PathBase.Value ?? "", Nonce);
            }

            return PlacementBuffer.Release(html);
        }
#pragma warning disable CA1031 // A nudge is never worth a broken page: whatever fails, the placement stays empty.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private bool AnyHere(IReadOnlyList<Engagement> engagements)
    {
        foreach (var engagement in engagements)
        {
            if (engagement.Placement == Placement)
            {
                return true;
            }
        }

        return false;
    }
}
