using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Sdk.Tests;

/// <summary>
/// The client hosts get from <c>AddAdoption</c> with <c>Enabled = false</c>: every public member answers at once
/// with its documented empty result, and nothing reaches the endpoint it was configured with.
/// </summary>
public sealed class TheNoOpClient
{
    // Each member called as a host would, with its documented answer checked.
    private static readonly Dictionary<string, Func<IAdoptionClient, Task>> Calls = new()
    {
        [nameof(IAdoptionClient.Track)] = c => Void(() => c.Track(null, null!)),
        [nameof(IAdoptionClient.Identify)] = c => Void(() => c.Identify("u1", new UserTraits())),
        [nameof(IAdoptionClient.Group)] = c => Void(() => c.Group("u1", "acct-1", new GroupTraits())),
        [nameof(IAdoptionClient.Page)] = c => Void(() => c.Page("u1", "Home")),
        [nameof(IAdoptionClient.Screen)] = c => Void(() => c.Screen("u1", "Home")),
        [nameof(IAdoptionClient.Alias)] = c => Void(() => c.Alias("u1", "anon")),
        [nameof(IAdoptionClient.RecordOutcome)] = c => Void(() => c.RecordOutcome("u1", "tok", OutcomeKind.Dismissed)),
        [nameof(IAdoptionClient.RecordSurveyAnswer)] = c => Void(() => c.RecordSurveyAnswer("u1", "tok", 9, "Great")),
        [nameof(IAdoptionClient.GetEngagementsAsync)] = async c => Assert.Empty(await AtOnce(c.GetEngagementsAsync("u1", ["home"]))),
        [nameof(IAdoptionClient.CreatePortalLinkAsync)] = async c => Assert.Null(await AtOnce(c.CreatePortalLinkAsync("u1", "/plan"))),
        [nameof(IAdoptionClient.FlushAsync)] = c => AtOnce(c.FlushAsync()),
        ["get_" + nameof(IAdoptionClient.Statistics)] = c => Void(() =>
        {
            var s = c.Statistics;
            Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L), (s.Received, s.Delivered, s.DroppedQueueFull, s.DroppedInvalid, s.DroppedUndeliverable, s.Pending));
        }),
        [nameof(IAsyncDisposable.DisposeAsync)] = c => AtOnce(((IAsyncDisposable)c).DisposeAsync().AsTask()),
        [nameof(IDisposable.Dispose)] = c => Void(((IDisposable)c).Dispose),
    };

    public static TheoryData<string> Members => [.. Calls.Keys];

    [Fact]
    public void IsCheckedOnEveryPublicMember()
    {
        var members = typeof(NoOpAdoptionClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name);

        Assert.Equal(members.Order(StringComparer.Ordinal), Calls.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public async Task AnswersAtOnceWithNothingAndSendsNothing(string member)
    {
        // A real listening endpoint: anything the client sent, of any kind, would be a connection waiting here.
        var endpoint = new TcpListener(IPAddress.Loopback, 0);
        endpoint.Start();
        try
        {
            await using var provider = new ServiceCollection().AddAdoption(o =>
            {
                o.WriteKey = "wk";
                o.ServerKey = "sk";
                o.Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)endpoint.LocalEndpoint).Port}/");
                o.Enabled = false;
            }).BuildServiceProvider();
            var client = provider.GetRequiredService<IAdoptionClient>();

            await Calls[member](client);
            // An enabled client would finish these only once what it was given had been sent.
            await AtOnce(client.FlushAsync());
            await AtOnce(((IAsyncDisposable)client).DisposeAsync().AsTask());

            Assert.False(endpoint.Pending());
        }
        finally
        {
            endpoint.Stop();
        }
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

    private static Task Void(Action call)
    {
        call();
        return Task.CompletedTask;
    }

    // Nothing to wait for: the answer is ready before the call returns.
    private static T AtOnce<T>(T task) where T : Task
    {
        Assert.True(task.IsCompletedSuccessfully, "The no-op client made the caller wait.");
        return task;
    }
}
