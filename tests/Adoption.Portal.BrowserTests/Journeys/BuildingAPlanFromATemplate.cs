using Adoption.Portal.BrowserTests.Pages;
using Adoption.Portal.Demo;

namespace Adoption.Portal.BrowserTests.Journeys;

public sealed class BuildingAPlanFromATemplate(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task ACsmBuildsAPlanFromATemplateAndTheCustomerSeesIt()
    {
        var csm = await portal.NewPageAsync();
        await new SignInPage(csm).SignInAsync(DemoSignIns.Csm.Email, DemoSignIns.Password);
        var portfolio = new CsmPortfolioPage(csm);
        await portfolio.SearchAsync("Aurora");
        await portfolio.OpenAccountAsync("Aurora Terveys Oy");

        var plan = new CsmPlanPage(csm);
        await plan.OpenTabAsync();
        await plan.DeleteAsync();
        Assert.Equal("Plan deleted.", await plan.Status.InnerTextAsync());
        await plan.CreateFromTemplateAsync("Fast start for small teams");
        Assert.Equal("Plan created from Fast start for small teams.", await plan.Status.InnerTextAsync());
        await plan.AddObjectiveAsync("Roll out to the second clinic", "The Oulu clinic works in the product by spring.");
        Assert.Equal("Objective added.", await plan.Status.InnerTextAsync());

        var aino = await portal.NewPageAsync("fi-FI");
        await new SignInPage(aino).SignInAsync(DemoSignIns.OtherCustomer.Email, DemoSignIns.Password);
        var customerPlan = new SuccessPlanPage(aino);
        await customerPlan.OpenAsync();

        // The template's texts reach Aino in Finnish; the objective the CSM wrote only in English stays English.
        Assert.Equal("Aurora Terveys Oy: Nopea alku pienille tiimeille", await customerPlan.Title.InnerTextAsync());
        Assert.Equal(["Koko tiimi työskentelee tuotteessa", "Ensimmäinen raportti automaattisesti", "Roll out to the second clinic"], await customerPlan.Objectives.AllInnerTextsAsync());
        Assert.Equal(5, await customerPlan.MilestoneLinks.CountAsync());
        Assert.Equal(0, await aino.GetByText("Check usage before the first renewal reminder").CountAsync());
        Assert.Equal(0, await aino.GetByText("Tarkista käyttö ennen ensimmäistä uusimismuistutusta").CountAsync());
    }
}
