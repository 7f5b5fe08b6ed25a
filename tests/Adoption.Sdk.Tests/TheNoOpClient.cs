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
        var link = client.CreatePortalLinkAsync("u1", "/plan");
        var flush = client.FlushAsync();

        // Nothing to wait for: every answer is ready before the call returns, and empty.
        Assert.True(engagements.IsCompletedSuccessfully);
        Assert.True(link.IsCompletedSuccessfully);
        Assert.True(flush.IsCompletedSuccessfully);
        Assert.Empty(await engagements);
        Assert.Null(await link);
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
