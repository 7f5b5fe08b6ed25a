using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Sdk.Tests;

public sealed class TheNoOpClient
{
    [Fact]
    public async Task AcceptsEveryCallAndDoesNothing()
    {
        await using var client = new NoOpAdoptionClient();

        client.Track(null, null!);
        client.Identify("u1", new UserTraits());
        client.Group("u1", "acct-1", new GroupTraits());
        client.Page("u1", "Home");
        client.Screen("u1", "Home");
        client.Alias("u1", "anon");
        client.RecordOutcome("u1", "tok", OutcomeKind.Dismissed);
        var engagements = client.GetEngagementsAsync("u1", ["home"]);
        await client.FlushAsync();

        Assert.True(engagements.IsCompletedSuccessfully);
        Assert.Empty(await engagements);

        var stats = client.Statistics;
        Assert.Equal((0, 0, 0, 0, 0), (stats.Received, stats.Delivered, stats.DroppedQueueFull, stats.DroppedInvalid, stats.DroppedUndeliverable));
    }

    [Fact]
    public async Task IsWhatAddAdoptionRegistersWhenDisabled()
    {
        await using var portal = await RecordingPortal.StartAsync();
        var services = new ServiceCollection().AddAdoption(o =>
        {
            o.WriteKey = "wk";
            o.Endpoint = portal.Endpoint;
            o.Enabled = false;
        });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IAdoptionClient>();
        client.Track("u1", "Report Created");
        await client.FlushAsync();

        Assert.IsType<NoOpAdoptionClient>(client);
        Assert.Empty(portal.Batches);
    }

    [Fact]
    public async Task IsHowADisabledAdoptionClientBehaves()
    {
        await using var portal = await RecordingPortal.StartAsync();
        await using var client = new AdoptionClient(new AdoptionOptions { WriteKey = "wk", Endpoint = portal.Endpoint, Enabled = false });

        client.Track("u1", "Report Created");
        await client.FlushAsync();
        await client.DisposeAsync();

        Assert.Empty(portal.Batches);
        Assert.Equal(0, client.Statistics.Received);
    }
}
