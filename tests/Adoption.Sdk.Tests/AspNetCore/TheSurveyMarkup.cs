using AngleSharp.Html.Parser;
using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests.AspNetCore;

/// <summary>A survey from the tag helper: a labelled 0–10 radio group, the follow-up, and submit / ask-me-later buttons.</summary>
public sealed class TheSurveyMarkup
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task RendersAnAccessibleScoreGroupWithItsHooks()
    {
        await using var sdk = await EngagementHarness.StartAsync();
        sdk.Portal.Decisions[EngagementHarness.Anna] = """
            [ { "id": "nps_q4", "kind": "survey", "placement": "home", "dismissible": true, "snoozeDays": 3, "token": "t-nps",
                "content": { "locale": "fi", "title": "Suosittelisitko meitä?", "body": "" },
                "survey": { "promoter": "Mistä pidät?", "passive": "Mikä puuttuu?", "detractor": "Mikä mättää?" } } ]
            """;
        var rendering = new NudgeRendering(sdk.Client, sdk.Clock, o => o.IncludeAssets = false);

        var page = Parser.ParseDocument(await rendering.RenderAsync("home"));

        var survey = Assert.Single(page.QuerySelectorAll("section[data-adoption-survey='nps_q4'][data-adoption-kind='survey'][role='region']"));
        var legend = survey.QuerySelector("fieldset legend")!;
        Assert.Equal("Suosittelisitko meitä?", legend.TextContent);
        Assert.Equal(legend.Id, survey.GetAttribute("aria-labelledby"));
        var radios = survey.QuerySelectorAll("fieldset input[type='radio'][name='score']");
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), radios.Select(r => r.GetAttribute("data-adoption-score")));
        Assert.All(radios, r => Assert.NotNull(survey.QuerySelector($"label[for='{r.Id}']")));
        var ends = page.GetElementById(survey.QuerySelector("fieldset")!.GetAttribute("aria-describedby")!)!;
        Assert.Equal("0: en lainkaan todennäköisesti 10: erittäin todennäköisesti", ends.TextContent);
        var followUp = survey.QuerySelector("textarea[data-adoption-followup][name='comment']")!;
        var label = survey.QuerySelector($"label[for='{followUp.Id}']")!;
        Assert.Equal(("Mistä pidät?", "Mikä puuttuu?", "Mikä mättää?"), (label.GetAttribute("data-promoter"), label.GetAttribute("data-passive"), label.GetAttribute("data-detractor")));
        Assert.Equal(("answered", "Lähetä"), (survey.QuerySelector("[data-adoption-action='submit']")!.GetAttribute("value"), survey.QuerySelector("[data-adoption-action='submit']")!.TextContent));
        Assert.Equal(("snoozed", "Kysy myöhemmin"), (survey.QuerySelector("[data-adoption-action='dismiss']")!.GetAttribute("value"), survey.QuerySelector("[data-adoption-action='dismiss']")!.TextContent));
        Assert.Equal("t-nps", survey.QuerySelector("input[name='token']")!.GetAttribute("value"));
    }
}
