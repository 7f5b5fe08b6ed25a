using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Training;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Training;

public sealed partial class TheTrainingPages(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task IssueACertificateWhenThePersonCompletesTheLastModule()
    {
        var path = await NewPathAsync(accountId: null, "Dispatch basics", "Plan a route", "Handle a late truck");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        Assert.Equal(HttpStatusCode.Redirect, (await ben.PostFormAsync($"/training/paths/{path.Id}", [], $"/training/paths/{path.Id}?handler=Enrol")).StatusCode);
        Assert.Contains("You are enrolled in Dispatch basics.", await ben.GetStringAsync($"/training/paths/{path.Id}"), StringComparison.Ordinal);
        await MarkDone(ben, path, path.Modules[0]);
        Assert.Null((await EnrolmentAsync(path.Id, "ben@northwind.example")).CompletedAt);

        await MarkDone(ben, path, path.Modules[1]);

        var enrolment = await EnrolmentAsync(path.Id, "ben@northwind.example");
        Assert.Equal(portal.Clock.GetUtcNow().UtcDateTime, enrolment.CompletedAt);
        Assert.Matches(CertificateCode(), enrolment.CertificateCode);
        var page = await ben.GetStringAsync($"/training/paths/{path.Id}");
        Assert.Contains("Well done: you have completed Dispatch basics. Your certificate is ready.", page, StringComparison.Ordinal);
        var certificate = await ben.GetStringAsync($"/training/certificates/{enrolment.Id}");
        Assert.Contains("<h1 id=\"certificate-heading\" data-testid=\"certificate-person\">Ben Carter</h1>", certificate, StringComparison.Ordinal);
        Assert.Contains("<p class=\"certificate-path\" data-testid=\"certificate-path\">Dispatch basics</p>", certificate, StringComparison.Ordinal);
        Assert.Contains($"<strong data-testid=\"certificate-code\">{enrolment.CertificateCode}</strong>", certificate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkingAModuleTwiceKeepsOneCompletion()
    {
        var path = await NewPathAsync(accountId: null, "Carrier contracts", "Read the contract", "Compare carriers");
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        await MarkDone(anna, path, path.Modules[0]);
        await MarkDone(anna, path, path.Modules[0]);

        var enrolment = await EnrolmentAsync(path.Id, "anna@northwind.example");
        Assert.Single(enrolment.Completions);
        Assert.Null(enrolment.CertificateCode);
    }

    [Fact]
    public async Task AnswerNotFoundForAnotherAccountsCertificateOrPath()
    {
        await using var db = portal.CreateDb();
        var northwindCertificate = await db.Enrolments.Where(e => e.AccountId == 1 && e.CertificateCode != null).Select(e => e.Id).FirstAsync();
        var northwindUnfinished = await db.Enrolments.Where(e => e.AccountId == 1 && e.CertificateCode == null).Select(e => e.Id).FirstAsync();
        var auroraPath = await NewPathAsync(accountId: 2, "Aurora: ward reporting", "Ward dashboard");
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        Assert.Equal(HttpStatusCode.OK, (await ben.GetAsync($"/training/certificates/{northwindCertificate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await aino.GetAsync($"/training/certificates/{northwindCertificate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/training/certificates/{northwindUnfinished}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await aino.GetAsync($"/training/paths/{auroraPath.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/training/paths/{auroraPath.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MarkDone(ben, auroraPath, auroraPath.Modules[0], expectRedirect: false)).StatusCode);
        Assert.False(await db.Enrolments.AnyAsync(e => e.PathId == auroraPath.Id));
    }

    [Fact]
    public async Task RefusesAModuleOfAnotherPath()
    {
        var first = await NewPathAsync(accountId: null, "Yard management", "Gate check-in");
        var second = await NewPathAsync(accountId: null, "Cold chain", "Temperature alerts");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await MarkDone(ben, first, second.Modules[0], expectRedirect: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = portal.CreateDb();
        Assert.False(await db.ModuleCompletions.AnyAsync(c => c.ModuleId == second.Modules[0].Id));
    }

    [Fact]
    public async Task ShowProgressPerPersonAndForTheWholeTeam()
    {
        await using var db = portal.CreateDb();
        var gettingStarted = await db.TrainingPaths.Include(p => p.Modules).SingleAsync(p => p.Title == "Getting started");
        var enrolments = await db.Enrolments.Where(e => e.AccountId == 1 && e.PathId == gettingStarted.Id).Include(e => e.Completions).ToListAsync();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var html = await ben.GetStringAsync("/training");

        var certified = enrolments.Count(e => e.CompletedAt != null);
        var percent = EnrolmentProgress.Percent(enrolments.Sum(e => e.Completions.Count), enrolments.Count * gettingStarted.Modules.Count);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{certified} of {enrolments.Count} certified\n                            <progress max=\"100\" value=\"{percent}\" aria-label=\"Getting started: {percent}%\">"), html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Ben Carter</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Aino", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LetAnyoneHoldingACertificateCheckItsCode()
    {
        await using var db = portal.CreateDb();
        var certified = await db.Enrolments.Where(e => e.AccountId == 1 && e.CertificateCode != null)
            .Select(e => new { e.CertificateCode, e.CompletedAt, Person = db.Contacts.Where(c => c.Id == e.ContactId).Select(c => c.Name).First(), Path = e.Path!.Title })
            .FirstAsync();
        var stranger = portal.CreatePortalClient();
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);

        var html = await stranger.GetStringAsync($"/training/verify?code={certified.CertificateCode!.ToLowerInvariant()}");

        var date = certified.CompletedAt!.Value.ToString("D", CultureInfo.GetCultureInfo("en"));
        Assert.Contains($"data-testid=\"verified\">Valid: {certified.Person} of Northwind Logistics completed \"{certified.Path}\" on {date}.</p>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"verified\"", await aino.GetStringAsync($"/training/verify?code={certified.CertificateCode}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"not-verified\"", await stranger.GetStringAsync("/training/verify?code=AD-0000-0000-0000"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> MarkDone(HttpClient client, TrainingPath path, TrainingModule module, bool expectRedirect = true)
    {
        var response = await client.PostFormAsync("/training", new() { ["Done.ModuleId"] = module.Id.ToString(CultureInfo.InvariantCulture) }, $"/training/paths/{path.Id}?handler=Done");
        if (expectRedirect)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return response;
    }

    private async Task<TrainingPath> NewPathAsync(int? accountId, string title, params string[] modules)
    {
        await using var db = portal.CreateDb();
        var path = new TrainingPath
        {
            AccountId = accountId, Title = title,
            Modules = modules.Select((m, i) => new TrainingModule { Title = m, Url = $"https://docs.adoption.example/{i}", Order = i + 1, Minutes = 5 }).ToList(),
        };
        db.TrainingPaths.Add(path);
        await db.SaveChangesAsync();
        return path;
    }

    private async Task<Enrolment> EnrolmentAsync(int pathId, string email)
    {
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.SingleAsync(c => c.Email == email);
        return await db.Enrolments.AsNoTracking().Include(e => e.Completions).SingleAsync(e => e.PathId == pathId && e.ContactId == contact.Id);
    }

    [GeneratedRegex("^AD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex CertificateCode();
}
