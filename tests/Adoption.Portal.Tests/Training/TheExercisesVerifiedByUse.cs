using System.Globalization;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Ingestion.Catalogue;
using Adoption.Portal.Tests.Ingestion;
using Adoption.Portal.Training;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Training;

/// <summary>A hands-on exercise completes itself from the person's own tracked event, sent through the tracking API.</summary>
public sealed class TheExercisesVerifiedByUse(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CompletesFromThePersonsOwnEventAndNotFromAColleagues()
    {
        var (path, exercise) = await NewExercisePathAsync("Geofence Drawn", "Draw your first geofence");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await ben.PostFormAsync($"/training/paths/{path.Id}", [], $"/training/paths/{path.Id}?handler=Enrol")).StatusCode);
        var (benKey, annaKey) = await ExternalIdsAsync();
        var client = portal.CreatePortalClient();

        // Anna, at the same company, does the exercise: Ben's stays open.
        await client.PostAsync("/v1/track", TrackingApi.Track("geofence-anna", "Geofence Drawn", annaKey, "acct-001"));
        await portal.FlushRollupsAsync();
        await RunPassAsync();
        Assert.Empty((await EnrolmentAsync(path.Id, "ben@northwind.example")).Completions);
        Assert.Contains("data-testid=\"verified-by-use\"", await ben.GetStringAsync($"/training/paths/{path.Id}"), StringComparison.Ordinal);

        await client.PostAsync("/v1/track", TrackingApi.Track("geofence-ben", "Geofence Drawn", benKey, "acct-001"));
        await portal.FlushRollupsAsync();
        var result = await RunPassAsync();

        Assert.Equal(1, result.ExercisesVerified);
        var enrolment = await EnrolmentAsync(path.Id, "ben@northwind.example");
        var completion = Assert.Single(enrolment.Completions);
        Assert.Equal(exercise.Id, completion.ModuleId);
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        Assert.Equal(today, completion.UsedOn);
        var html = await ben.GetStringAsync($"/training/paths/{path.Id}");
        Assert.Contains($"data-testid=\"done-in-product\">Done in the product on {today.ToString("M", CultureInfo.GetCultureInfo("en"))}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToBeMarkedDoneByHand()
    {
        var (path, exercise) = await NewExercisePathAsync("Carrier Rated", "Rate a carrier");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);

        var response = await ben.PostFormAsync($"/training/paths/{path.Id}", new() { ["Done.ModuleId"] = exercise.Id.ToString(CultureInfo.InvariantCulture) }, $"/training/paths/{path.Id}?handler=Done");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = portal.CreateDb();
        Assert.False(await db.ModuleCompletions.AnyAsync(c => c.ModuleId == exercise.Id));
    }

    [Fact]
    public async Task IgnoresTheSameEventAtAnotherCompany()
    {
        var (path, _) = await NewExercisePathAsync("Dock Booked", "Book a dock");
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        await ben.PostFormAsync($"/training/paths/{path.Id}", [], $"/training/paths/{path.Id}?handler=Enrol");
        var (benKey, _) = await ExternalIdsAsync();

        // Ben's user id, but grouped with Aurora: it counts for Aurora, not for Ben's training at Northwind.
        await portal.CreatePortalClient().PostAsync("/v1/track", TrackingApi.Track("dock-elsewhere", "Dock Booked", benKey, "acct-002"));
        await portal.FlushRollupsAsync();
        await RunPassAsync();

        Assert.Empty((await EnrolmentAsync(path.Id, "ben@northwind.example")).Completions);
    }

    private Task<TrainingPassResult> RunPassAsync() => portal.Services.GetRequiredService<TrainingPass>().RunOnceAsync();

    private async Task<(TrainingPath Path, TrainingModule Exercise)> NewExercisePathAsync(string eventName, string title)
    {
        await using var db = portal.CreateDb();
        var feature = new KeyFeature
        {
            Key = eventName.ToLowerInvariant().Replace(' ', '-'), Name = eventName, Order = 100,
            Rules = [new FeatureEventRule { EventName = eventName }],
        };
        db.KeyFeatures.Add(feature);
        await db.SaveChangesAsync();
        var exercise = new TrainingModule { Title = title, Kind = ModuleKind.Exercise, Url = "https://docs.adoption.example/x", Order = 1, Minutes = 5, KeyFeatureId = feature.Id };
        var path = new TrainingPath
        {
            Title = title + " path",
            Modules = [exercise, new TrainingModule { Title = "Read about it", Url = "https://docs.adoption.example/y", Order = 2, Minutes = 5 }],
        };
        db.TrainingPaths.Add(path);
        await db.SaveChangesAsync();
        portal.Services.GetRequiredService<FeatureCatalogue>().Invalidate();
        return (path, exercise);
    }

    private async Task<(string Ben, string Anna)> ExternalIdsAsync()
    {
        await using var db = portal.CreateDb();
        var ben = await db.Contacts.Where(c => c.Email == "ben@northwind.example").Select(c => c.ExternalId!).SingleAsync();
        var anna = await db.Contacts.Where(c => c.Email == "anna@northwind.example").Select(c => c.ExternalId!).SingleAsync();
        return (ben, anna);
    }

    private async Task<Enrolment> EnrolmentAsync(int pathId, string email)
    {
        await using var db = portal.CreateDb();
        var contact = await db.Contacts.SingleAsync(c => c.Email == email);
        return await db.Enrolments.AsNoTracking().Include(e => e.Completions).SingleAsync(e => e.PathId == pathId && e.ContactId == contact.Id);
    }
}
