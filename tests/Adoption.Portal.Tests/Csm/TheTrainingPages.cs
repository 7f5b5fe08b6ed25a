using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Csm;

/// <summary>Training in the workspace: paths for an account, enrolling its people, editing the library.</summary>
public sealed class TheTrainingPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CopiesALibraryPathForAnAccountAndEnrolsItsPeople()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var library = await db.TrainingPaths.Include(p => p.Modules).SingleAsync(p => p.Title == "Reporting and alerts" && p.AccountId == null);

        var created = await maria.SubmitAsync("/csm/accounts/7/training", "Create", new() { ["NewPath.Title"] = "Reporting for ship operations", ["NewPath.CopyFromId"] = $"{library.Id}" });

        Assert.Contains("Path created for Baltic Shipping AB.", await maria.FollowAsync(created), StringComparison.Ordinal);
        var path = await db.TrainingPaths.AsNoTracking().Include(p => p.Modules).SingleAsync(p => p.Title == "Reporting for ship operations");
        Assert.Equal(7, path.AccountId);
        Assert.Equal(library.Modules.OrderBy(m => m.Order).Select(m => m.Title), path.Modules.OrderBy(m => m.Order).Select(m => m.Title));

        var people = await db.Contacts.Where(c => c.AccountId == 7).Select(c => c.Id).ToListAsync();
        var enrol = new Dictionary<string, string> { ["Assign.PathId"] = $"{path.Id}", ["Assign.ContactIds"] = $"{people[0]}" };
        var enrolled = await maria.PostFormAsync("/csm/accounts/7/training", enrol, "/csm/accounts/7/training?handler=Assign");

        Assert.Contains("1 people enrolled in Reporting for ship operations.", await maria.FollowAsync(enrolled), StringComparison.Ordinal);
        Assert.True(await db.Enrolments.AnyAsync(e => e.PathId == path.Id && e.ContactId == people[0] && e.AccountId == 7));
    }

    [Fact]
    public async Task RefusesToEnrolAnotherAccountsPeople()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var stranger = await db.Contacts.Where(c => c.AccountId == 1).Select(c => c.Id).FirstAsync();
        var before = await db.Enrolments.CountAsync();

        var response = await maria.PostFormAsync("/csm/accounts/7/training", new() { ["Assign.PathId"] = "1", ["Assign.ContactIds"] = $"{stranger}" }, "/csm/accounts/7/training?handler=Assign");

        Assert.Contains("Choose at least one person at this account.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Enrolments.CountAsync());
    }

    [Fact]
    public async Task MovesAModuleDownAndAddsANewOneAtTheEnd()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var path = await db.TrainingPaths.Include(p => p.Modules).SingleAsync(p => p.Title == "Admin essentials");
        var first = path.Modules.OrderBy(m => m.Order).First();
        var page = $"/csm/training-paths/{path.Id}";

        var form = HtmlForms.PostForms(await maria.GetStringAsync(page), page).First(f => f.Action.Contains($"moduleId={first.Id}&up=false", StringComparison.Ordinal));
        using var content = new FormUrlEncodedContent(form.Fields);
        Assert.Contains("Order saved.", await maria.FollowAsync(await maria.PostAsync(form.Action, content)), StringComparison.Ordinal);

        var added = await maria.SubmitAsync(page, "AddModule", new()
        {
            ["NewModule.Title"] = "Webhooks", ["NewModule.Kind"] = "Doc", ["NewModule.Url"] = "https://docs.adoption.example/admin/webhooks", ["NewModule.Minutes"] = "10",
        });
        Assert.Contains("Module added.", await maria.FollowAsync(added), StringComparison.Ordinal);

        var titles = await db.TrainingModules.AsNoTracking().Where(m => m.PathId == path.Id).OrderBy(m => m.Order).Select(m => m.Title).ToListAsync();
        Assert.Equal(["Automations", "Connect your ERP", "API tokens", "Webhooks"], titles);
    }

    [Fact]
    public async Task ExplainsWhatIsWrongWithAModule()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var module = await db.TrainingModules.FirstAsync();

        var response = await maria.SubmitAsync($"/csm/training-modules/{module.Id}", null, new() { ["Input.Url"] = "docs/start", ["Input.Minutes"] = "0" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a full web address starting with https:// or http://.", html, StringComparison.Ordinal);
        Assert.Contains("Use a length from 1 to 600 minutes.", html, StringComparison.Ordinal);
        Assert.Equal(module.Url, (await db.TrainingModules.AsNoTracking().SingleAsync(m => m.Id == module.Id)).Url);
    }
}
