using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Adoption.Portal.BrowserTests.Journeys;

/// <summary>The demo's NPS survey from the host product's page, answered with the keyboard, to the CSM's NPS outcomes page.</summary>
public sealed class AnsweringTheNpsSurveyInTheHostProduct(SampleHostOnThePortal both) : IClassFixture<SampleHostOnThePortal>
{
    // The demo's Northwind survey (DemoSurveys.NorthwindSurveyId).
    private const string SurveyId = "nps_nw4q26";

    [Fact]
    public async Task BenScoresAndExplainsAndTheCsmSeesHisAnswer()
    {
        var page = await both.SignedInHostPageAsync("user-001-02");
        var survey = page.Locator($"[data-adoption-survey='{SurveyId}']");
        await Assertions.Expect(survey).ToBeVisibleAsync();
        await Assertions.Expect(survey.GetByRole(AriaRole.Radio)).ToHaveCountAsync(11);

        // Keyboard only: into the group at 0, arrows to 9, the follow-up question turns to the promoters' one.
        await survey.Locator("[data-adoption-score='0']").FocusAsync();
        for (var i = 0; i < 9; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Assertions.Expect(survey.Locator("[data-adoption-score='9']")).ToBeCheckedAsync();
        await Assertions.Expect(survey.Locator("[data-adoption-followup-label]")).ToHaveTextAsync("What do you value most in Shipyard?");
        await survey.Locator("[data-adoption-followup]").FillAsync("Seeing every truck live.");
        await survey.Locator("[data-adoption-action='submit']").ClickAsync();
        await Assertions.Expect(survey.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thank you for your answer.");

        await AnswerStoredAsync();
        var csm = await both.NewPageAsync();
        await new SignInPage(csm).SignInAsync(DemoSignIns.Csm.Email, DemoSignIns.Password);
        await csm.GotoAsync("/csm/nps?category=Promoter");
        await Assertions.Expect(csm.GetByTestId("nps-verbatims")).ToContainTextAsync("Seeing every truck live.");
        await Assertions.Expect(csm.GetByTestId("nps-overall")).ToContainTextAsync("n =");
    }

    private async Task AnswerStoredAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var db = both.Portal.CreateDb();
            if (await db.NpsResponses.AnyAsync(n => n.UserId == "user-001-02" && n.Score == 9 && n.Comment == "Seeing every truck live."))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The portal never stored Ben's answer.");
    }
}
