using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Languages;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Localization;

/// <summary>What the CSM writes reaches the customer in the customer's language, then the account's, then English.</summary>
public sealed class TheAuthoredTexts(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FallBackFromThePersonsLanguageToTheAccountsThenToEnglish()
    {
        await using var db = portal.CreateDb();
        var lotus = await db.Accounts.Where(a => a.Name == DemoSignIns.ChineseCustomer.Company).Select(a => a.Id).SingleAsync();
        var milestones = await db.Milestones.Where(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == lotus).OrderBy(m => m.Id).Take(2).ToListAsync();
        var (untranslated, translated) = (milestones[0], milestones[1]);
        untranslated.Texts = untranslated.Texts.Where(t => t.Key != "it").ToDictionary();
        await db.SaveChangesAsync();
        var li = await db.Users.SingleAsync(u => u.Email == DemoSignIns.ChineseCustomer.Email);

        li.Locale = "it";
        await db.SaveChangesAsync();
        var italian = await (await portal.SignInAsync(li.Email!)).GetStringAsync("/plan");
        li.Locale = "en";
        await db.SaveChangesAsync();
        var english = await (await portal.SignInAsync(li.Email!)).GetStringAsync("/plan");

        Assert.Contains(Html(translated.Texts["it"].Title), italian, StringComparison.Ordinal);
        Assert.Contains(Html(untranslated.Texts["zh-Hans"].Title), italian, StringComparison.Ordinal);
        Assert.DoesNotContain(Html(untranslated.Title), italian, StringComparison.Ordinal);
        Assert.Contains(Html(untranslated.Title), english, StringComparison.Ordinal);
        Assert.Contains(Html(translated.Title), english, StringComparison.Ordinal);
        Assert.DoesNotContain(Html(untranslated.Texts["zh-Hans"].Title), english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeTheCsmsTranslationFromTheMilestoneEditorToTheCustomer()
    {
        await using var db = portal.CreateDb();
        var sapori = await db.Accounts.Where(a => a.Name == DemoSignIns.ItalianCustomer.Company).Select(a => a.Id).SingleAsync();
        var milestone = await db.Milestones.AsNoTracking().FirstAsync(m => m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == sapori);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var page = $"/csm/milestones/{milestone.Id}";
        var row = await RowOfAsync(csm, page, "it");

        var response = await csm.SubmitAsync(page, null, new() { [$"Input.Texts[{row}].Title"] = "  Brindisi con il team  " });

        Assert.Contains("Milestone saved.", await csm.FollowAsync(response), StringComparison.Ordinal);
        var saved = await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestone.Id);
        Assert.Equal(new LocalText("Brindisi con il team"), saved.Texts["it"]);
        Assert.Equal(milestone.Title, saved.Title);
        var giulia = await (await portal.SignInAsync(DemoSignIns.ItalianCustomer.Email)).GetStringAsync("/plan");
        Assert.Contains("Brindisi con il team", giulia, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TakeTheCsmsTranslationOfThePlansSummaryToTheCustomer()
    {
        await using var db = portal.CreateDb();
        var aurora = await db.Accounts.Where(a => a.Name == DemoSignIns.OtherCustomer.Company).Select(a => a.Id).SingleAsync();
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var page = $"/csm/accounts/{aurora}/plan";
        var row = await RowOfAsync(csm, page, "fi");

        var response = await csm.SubmitAsync(page, null, new() { [$"Input.Texts[{row}].Description"] = "Tavoitteena reaaliaikainen näkymä kaikkiin terminaaleihin." });

        Assert.Contains("Plan saved.", await csm.FollowAsync(response), StringComparison.Ordinal);
        var aino = await (await portal.SignInAsync(DemoSignIns.OtherCustomer.Email)).GetStringAsync("/plan");
        Assert.Contains("Tavoitteena reaaliaikainen näkymä kaikkiin terminaaleihin.", aino, StringComparison.Ordinal);
        Assert.Contains("Aurora Terveys Oy: Toiminnan näkyvyys", aino, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectAnUnknownLanguageOrADescriptionWithoutTitleAndSaveNothing()
    {
        await using var db = portal.CreateDb();
        var objective = await db.Objectives.AsNoTracking().FirstAsync(o => o.Plan!.AccountId == 1);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var page = $"/csm/objectives/{objective.Id}";
        var row = await RowOfAsync(csm, page, "fi");

        var unknown = await csm.SubmitAsync(page, null, new() { [$"Input.Texts[{row}].Locale"] = "xx", [$"Input.Texts[{row}].Title"] = "Otsikko", ["Input.Title"] = "Changed" });
        var untitled = await csm.SubmitAsync(page, null, new() { [$"Input.Texts[{row}].Title"] = "", [$"Input.Texts[{row}].Description"] = "Kuvaus ilman otsikkoa", ["Input.Title"] = "Changed" });

        Assert.Contains("Choose one of the portal&#x27;s languages.", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Write the title in this language too, or leave both blank.", await untitled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await db.Objectives.AsNoTracking().SingleAsync(o => o.Id == objective.Id);
        Assert.Equal((objective.Title, objective.Version), (saved.Title, saved.Version));
        Assert.Equal(objective.Texts, saved.Texts);
    }

    /// <summary>The index of a language's row in an editor's translation fields.</summary>
    private static async Task<int> RowOfAsync(HttpClient client, string page, string locale)
    {
        var form = HtmlForms.Form(await client.GetStringAsync(page), page);
        return Enumerable.Range(0, 3).Single(i => form.Fields.GetValueOrDefault($"Input.Texts[{i}].Locale") == locale);
    }

    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Html(string text) => Encoder.Encode(text);
}
