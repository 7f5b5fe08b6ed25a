using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Training;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using static Adoption.Portal.Tests.EmailPrograms.ProgramTesting;

namespace Adoption.Portal.Tests.Training;

/// <summary>Certificates that expire: a reminder before expiry and a congratulation on completion, through the real SMTP server.</summary>
public sealed class TheCertificateEmails
{
    [Fact]
    public async Task RemindBeforeExpiryOnceAndShowTheCertificateExpiredAfterwards()
    {
        await using var portal = new MailPortalFactory();
        var anna = await ContactAsync(portal, "anna@northwind.example");
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        string code;
        int pathId;
        await using (var db = portal.CreateDb())
        {
            var path = new TrainingPath { Title = "Hazardous goods", ValidMonths = 12, Modules = [new() { Title = "The rules", Url = "https://docs.adoption.example/hazmat", Order = 1, Minutes = 10 }] };
            db.TrainingPaths.Add(path);
            await db.SaveChangesAsync();
            pathId = path.Id;
            // Certified twelve months ago less ten days: it expires in ten days, inside the 30-day reminder window.
            var completed = now.AddMonths(-12).AddDays(10);
            code = CertificateCodes.New();
            db.Enrolments.Add(new Enrolment
            {
                PathId = path.Id, AccountId = anna.AccountId, ContactId = anna.Id, EnrolledAt = completed.AddDays(-1), CompletedAt = completed, CertificateCode = code,
                Completions = [new() { ModuleId = path.Modules[0].Id, CompletedAt = completed }],
            });
            await db.SaveChangesAsync();
        }

        var first = await RunAsync(portal, "training-expiry", anna.AccountId);
        var again = await RunAsync(portal, "training-expiry", anna.AccountId);

        Assert.Equal(1, first.Queued);
        Assert.Equal(0, again.Queued);
        var message = await portal.Mailbox.WaitForMessageToAsync("anna@northwind.example");
        Assert.StartsWith("Your “Hazardous goods” certificate expires on ", message.Subject, StringComparison.Ordinal);
        Assert.Contains($"/training/paths/{pathId}", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", message.TextBody + message.HtmlBody, StringComparison.Ordinal);

        var stranger = portal.CreatePortalClient();
        Assert.Contains("data-testid=\"verified\"", await stranger.GetStringAsync($"/training/verify?code={code}"), StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromDays(11));
        Assert.Contains("data-testid=\"expired\"", await stranger.GetStringAsync($"/training/verify?code={code}"), StringComparison.Ordinal);
        var signedIn = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);
        Assert.Contains("data-testid=\"renew\"", await signedIn.GetStringAsync($"/training/paths/{pathId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CongratulateOnACompletedPathOnce()
    {
        await using var portal = new MailPortalFactory();
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var contact = await ContactAsync(portal, "ben@northwind.example");
        int pathId, moduleId;
        await using (var db = portal.CreateDb())
        {
            var path = new TrainingPath { Title = "Cold chain basics", Modules = [new() { Title = "Temperatures", Url = "https://docs.adoption.example/cold", Order = 1, Minutes = 5 }] };
            db.TrainingPaths.Add(path);
            await db.SaveChangesAsync();
            (pathId, moduleId) = (path.Id, path.Modules[0].Id);
        }

        await ben.PostFormAsync($"/training/paths/{pathId}", new() { ["Done.ModuleId"] = moduleId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/training/paths/{pathId}?handler=Done");
        var first = await RunAsync(portal, "training-complete", contact.AccountId);
        var again = await RunAsync(portal, "training-complete", contact.AccountId);

        Assert.True(first.Queued >= 1);
        Assert.Equal(0, again.Queued);
        await using var check = portal.CreateDb();
        Assert.True(await check.EmailOutbox.AnyAsync(m => m.To == "ben@northwind.example" && m.Subject == "Well done: you completed “Cold chain basics”"));
        var message = await portal.Mailbox.WaitForMessageToAsync("ben@northwind.example");
        Assert.Equal("Well done: you completed “Cold chain basics”", message.Subject);
        var enrolmentId = await check.Enrolments.Where(e => e.PathId == pathId).Select(e => e.Id).SingleAsync();
        Assert.Contains($"/training/certificates/{enrolmentId}", message.TextBody, StringComparison.Ordinal);
    }
}
