using System.Globalization;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Training;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Training;

/// <summary>Quizzes, the team view's opt-out, paths that start themselves and milestones finished by training.</summary>
public sealed class TheTrainingPeopleFinish(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task GiveNoCertificateBelowThePassMarkAndOneAfterAPassingRetake()
    {
        var (path, quizModule, other) = await PlaybookAsync();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var quizUrl = $"/training/quizzes/{quizModule.Id}";
        await ben.PostFormAsync($"/training/paths/{path.Id}", new() { ["Done.ModuleId"] = Id(other.Id) }, $"/training/paths/{path.Id}?handler=Done");
        var right = quizModule.Quiz!.Questions[0].Choices.FindIndex(c => c.Correct);
        var wrong = quizModule.Quiz.Questions[0].Choices.FindIndex(c => !c.Correct);

        var unanswered = await ben.PostFormAsync(quizUrl, []);
        Assert.Equal(HttpStatusCode.OK, unanswered.StatusCode);
        Assert.Contains("Answer this question.", await unanswered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await AttemptsAsync(quizModule.Id, "ben@northwind.example"));

        Assert.Equal(HttpStatusCode.Redirect, (await ben.PostFormAsync(quizUrl, new() { ["Answers[0]"] = Id(wrong) })).StatusCode);
        var failed = await EnrolmentAsync(path.Id);
        Assert.Null(failed.CompletedAt);
        Assert.Null(failed.CertificateCode);
        Assert.DoesNotContain(failed.Completions, c => c.ModuleId == quizModule.Id);
        Assert.Contains("You scored 0%; 100% passes.", await ben.GetStringAsync(quizUrl), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ben.PostFormAsync(quizUrl, new() { ["Answers[0]"] = Id(right) })).StatusCode);

        var attempts = await AttemptsAsync(quizModule.Id, "ben@northwind.example");
        Assert.Equal([false, true], attempts.Select(a => a.Passed));
        Assert.Equal([[wrong], [right]], attempts.Select(a => a.Answers[0]));
        var passed = await EnrolmentAsync(path.Id);
        Assert.NotNull(passed.CertificateCode);
        Assert.Equal(HttpStatusCode.OK, (await ben.GetAsync($"/training/certificates/{passed.Id}")).StatusCode);
    }

    [Fact]
    public async Task RefuseAnswersOutsideTheChoicesAndAnotherCompanysQuiz()
    {
        var (_, quizModule, _) = await PlaybookAsync();
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);

        var outside = await anna.PostFormAsync($"/training/quizzes/{quizModule.Id}", new() { ["Answers[0]"] = "7" });

        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Contains("Choose from the answers given.", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await aino.GetAsync($"/training/quizzes/{quizModule.Id}")).StatusCode);
        Assert.Empty(await AttemptsAsync(quizModule.Id, "anna@northwind.example"));
    }

    [Fact]
    public async Task HideTheNameOfAPersonWhoOptedOutFromColleaguesOnly()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        var aino = await portal.SignInAsync(DemoSignIns.OtherCustomer.Email);
        Assert.Contains("<th scope=\"row\">Ben Carter</th>", await anna.GetStringAsync("/training"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ben.PostFormAsync("/training", new() { ["hide"] = "true" }, "/training?handler=Privacy")).StatusCode);

        var annasView = await anna.GetStringAsync("/training");
        Assert.DoesNotContain("Ben Carter", annasView, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">A colleague</th>", annasView, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Ben Carter</th>", await ben.GetStringAsync("/training"), StringComparison.Ordinal);
        var ainosView = await aino.GetStringAsync("/training");
        Assert.DoesNotContain("Ben Carter", ainosView, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna Berg", ainosView, StringComparison.Ordinal);

        await ben.PostFormAsync("/training", new() { ["hide"] = "false" }, "/training?handler=Privacy");
        Assert.Contains("<th scope=\"row\">Ben Carter</th>", await anna.GetStringAsync("/training"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnrolEveryAdminInAnAssignedPathAndANewAdminLater()
    {
        var path = await NewPathAsync("Admin onboarding " + Guid.NewGuid().ToString("N")[..6]);
        await using (var db = portal.CreateDb())
        {
            db.PathAssignments.Add(new PathAssignment { PathId = path.Id, Role = ContactRole.Admin, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await RunPassAsync();

        await using (var db = portal.CreateDb())
        {
            var admins = await db.Contacts.Where(c => c.Role == ContactRole.Admin && c.LeftAt == null && c.Account!.ArchivedAt == null).Select(c => c.Id).ToListAsync();
            var enrolled = await db.Enrolments.Where(e => e.PathId == path.Id).ToListAsync();
            Assert.Equal(admins.Order(), enrolled.Select(e => e.ContactId).Order());
            Assert.All(enrolled, e => Assert.Equal(EnrolmentSource.Assigned, e.Source));
            db.Contacts.Add(new Contact { AccountId = 1, Email = "new.admin@northwind.example", Name = "Nora Admin", Role = ContactRole.Admin, CreatedAt = DateTime.UtcNow });
            db.Contacts.Add(new Contact { AccountId = 1, Email = "new.user@northwind.example", Name = "Uma User", Role = ContactRole.User, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await RunPassAsync();

        await using var check = portal.CreateDb();
        var newcomers = await check.Enrolments.Where(e => e.PathId == path.Id)
            .Join(check.Contacts, e => e.ContactId, c => c.Id, (e, c) => c.Email).Where(e => e.StartsWith("new.")).ToListAsync();
        Assert.Equal(["new.admin@northwind.example"], newcomers);
    }

    [Fact]
    public async Task EnrolByLifecycleStageOnlyAtAccountsInThatStage()
    {
        var path = await NewPathAsync("Renewal refresher " + Guid.NewGuid().ToString("N")[..6]);
        await using (var db = portal.CreateDb())
        {
            db.PathAssignments.Add(new PathAssignment { PathId = path.Id, Stage = LifecycleStage.Renewal, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        await RunPassAsync();

        await using var check = portal.CreateDb();
        var expected = await check.Contacts.Where(c => c.Account!.Stage == LifecycleStage.Renewal && c.LeftAt == null && c.Account!.ArchivedAt == null).Select(c => c.Id).ToListAsync();
        var enrolled = await check.Enrolments.Where(e => e.PathId == path.Id).Select(e => e.ContactId).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), enrolled.Order());
    }

    [Fact]
    public async Task CompleteAMilestoneOnceEnoughPeopleFinishThePath()
    {
        var path = await NewPathAsync("Dispatch drill " + Guid.NewGuid().ToString("N")[..6]);
        int milestoneId, version;
        await using (var db = portal.CreateDb())
        {
            var milestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 1 && m.Status != MilestoneStatus.Done && m.AutoCompleteFeatureId == null)
                .OrderBy(m => m.Id).FirstAsync();
            (milestoneId, version) = (milestone.Id, milestone.Version);
        }

        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var saved = await maria.PostFormAsync("/csm/accounts/1/training",
            new() { ["Rule.MilestoneId"] = Id(milestoneId), ["Rule.PathId"] = Id(path.Id), ["Rule.People"] = "2" }, "/csm/accounts/1/training?handler=Rule");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        await ben.PostFormAsync($"/training/paths/{path.Id}", new() { ["Done.ModuleId"] = Id(path.Modules[0].Id) }, $"/training/paths/{path.Id}?handler=Done");
        await RunPassAsync();
        Assert.NotEqual(MilestoneStatus.Done, await StatusAsync(milestoneId));

        await anna.PostFormAsync($"/training/paths/{path.Id}", new() { ["Done.ModuleId"] = Id(path.Modules[0].Id) }, $"/training/paths/{path.Id}?handler=Done");
        var result = await RunPassAsync();

        Assert.Equal(1, result.MilestonesCompleted);
        await using var check = portal.CreateDb();
        var done = await check.Milestones.SingleAsync(m => m.Id == milestoneId);
        Assert.Equal(MilestoneStatus.Done, done.Status);
        Assert.Equal(version + 1, done.Version);
    }

    [Fact]
    public async Task RefuseAMilestoneRuleForAnotherAccountsMilestone()
    {
        var path = await NewPathAsync("Rule check " + Guid.NewGuid().ToString("N")[..6]);
        await using var db = portal.CreateDb();
        var auroraMilestone = await db.Milestones.Where(m => m.Objective!.Plan!.AccountId == 2).Select(m => m.Id).FirstAsync();
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var response = await maria.PostFormAsync("/csm/accounts/1/training",
            new() { ["Rule.MilestoneId"] = Id(auroraMilestone), ["Rule.PathId"] = Id(path.Id), ["Rule.People"] = "1" }, "/csm/accounts/1/training?handler=Rule");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose a milestone of this account&#x27;s plan.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await db.TrainingMilestoneRules.AnyAsync(r => r.MilestoneId == auroraMilestone));
    }

    [Fact]
    public async Task EnrolWithOneClickFromTheUnusedFeatureSuggestion()
    {
        var path = await NewPathAsync("Suggested " + Guid.NewGuid().ToString("N")[..6]);
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.PostFormAsync("/adoption", [], $"/training/paths/{path.Id}?handler=Enrol&source=suggestion");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = portal.CreateDb();
        var enrolment = await db.Enrolments.SingleAsync(e => e.PathId == path.Id);
        Assert.Equal(EnrolmentSource.Suggested, enrolment.Source);
    }

    [Fact]
    public async Task LetACsmAuthorAQuizAndRefuseOneWithoutARightAnswer()
    {
        var path = await NewPathAsync("Quiz authoring " + Guid.NewGuid().ToString("N")[..6]);
        var moduleId = path.Modules[0].Id;
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        const string noRightAnswer = """{"passPercent":50,"questions":[{"prompt":{"en":"Pick one"},"choices":[{"text":{"en":"A"}},{"text":{"en":"B"}}]}]}""";
        const string good = """{"passPercent":50,"questions":[{"prompt":{"en":"Pick A","fi":"Valitse A"},"choices":[{"text":{"en":"A"},"correct":true},{"text":{"en":"B"}}]}]}""";

        var refused = await maria.SubmitAsync($"/csm/training-modules/{moduleId}", null, new() { ["Input.Quiz"] = noRightAnswer });
        var garbage = await maria.SubmitAsync($"/csm/training-modules/{moduleId}", null, new() { ["Input.Quiz"] = "{not json" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The quiz needs a pass mark of 1 to 100", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
        await using (var db = portal.CreateDb())
        {
            Assert.Null(await db.TrainingModules.Where(m => m.Id == moduleId).Select(m => m.Quiz).SingleAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await maria.SubmitAsync($"/csm/training-modules/{moduleId}", null, new() { ["Input.Quiz"] = good })).StatusCode);
        await using var check = portal.CreateDb();
        var quiz = await check.TrainingModules.Where(m => m.Id == moduleId).Select(m => m.Quiz).SingleAsync();
        Assert.Equal("Valitse A", quiz!.Questions[0].Prompt["fi"]);
    }

    private Task<TrainingPassResult> RunPassAsync() => portal.Services.GetRequiredService<TrainingPass>().RunOnceAsync();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<(TrainingPath Path, TrainingModule Quiz, TrainingModule Other)> PlaybookAsync()
    {
        await using var db = portal.CreateDb();
        var path = await db.TrainingPaths.AsNoTracking().Include(p => p.Modules).SingleAsync(p => p.AccountId == 1);
        return (path, path.Modules.Single(m => m.Quiz != null), path.Modules.Single(m => m.Quiz == null));
    }

    private async Task<TrainingPath> NewPathAsync(string title)
    {
        await using var db = portal.CreateDb();
        var path = new TrainingPath { Title = title, Modules = [new TrainingModule { Title = "Read the drill", Url = "https://docs.adoption.example/drill", Order = 1, Minutes = 5 }] };
        db.TrainingPaths.Add(path);
        await db.SaveChangesAsync();
        return path;
    }

    private async Task<List<QuizAttempt>> AttemptsAsync(int moduleId, string email)
    {
        await using var db = portal.CreateDb();
        var contactId = await db.Contacts.Where(c => c.Email == email).Select(c => c.Id).SingleAsync();
        return await db.QuizAttempts.AsNoTracking()
            .Where(a => a.ModuleId == moduleId && db.Enrolments.Any(e => e.Id == a.EnrolmentId && e.ContactId == contactId))
            .OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<Enrolment> EnrolmentAsync(int pathId)
    {
        await using var db = portal.CreateDb();
        var ben = await db.Contacts.SingleAsync(c => c.Email == "ben@northwind.example");
        return await db.Enrolments.AsNoTracking().Include(e => e.Completions).SingleAsync(e => e.PathId == pathId && e.ContactId == ben.Id);
    }

    private async Task<MilestoneStatus> StatusAsync(int milestoneId)
    {
        await using var db = portal.CreateDb();
        return await db.Milestones.Where(m => m.Id == milestoneId).Select(m => m.Status).SingleAsync();
    }
}
