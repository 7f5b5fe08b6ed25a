using Adoption.Portal.Web;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Portal.Tests.Web;

public sealed class TheScopedExpiringCache
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private int reads;

    private Func<Task<string>> Read(string value) => () =>
    {
        reads++;
        return Task.FromResult(value);
    };

    [Fact]
    public async Task ServesAReadAgainWithinItsLifetimeOnly()
    {
        var cache = new ScopedExpiringCache<int, string, string>(clock, Lifetime);

        Assert.Equal("first", await cache.GetAsync(1, "anna", Read("first")));
        clock.Advance(Lifetime - TimeSpan.FromTicks(1));
        Assert.Equal("first", await cache.GetAsync(1, "anna", Read("second")));
        clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal("third", await cache.GetAsync(1, "anna", Read("third")));
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task DropsTheReadsOfAChangedScopeOnly()
    {
        var cache = new ScopedExpiringCache<int, string, string>(clock, Lifetime);
        await cache.GetAsync(1, "anna", Read("anna"));
        await cache.GetAsync(2, "ben", Read("ben"));

        cache.Changed(1);

        Assert.Equal("anna again", await cache.GetAsync(1, "anna", Read("anna again")));
        Assert.Equal("ben", await cache.GetAsync(2, "ben", Read("ben again")));
        Assert.Equal(3, reads);
    }

    [Fact]
    public async Task DoesNotServeAReadThatASaveCommittedDuring()
    {
        var cache = new ScopedExpiringCache<int, string, string>(clock, Lifetime);

        await cache.GetAsync(1, "anna", () =>
        {
            cache.Changed(1);
            return Read("before the save")();
        });

        Assert.Equal("after the save", await cache.GetAsync(1, "anna", Read("after the save")));
    }

    [Fact]
    public async Task ReadsAgainWhenTheKeptReadDoesNotFitTheQuestion()
    {
        var cache = new ScopedExpiringCache<int, string, string>(clock, Lifetime);
        await cache.GetAsync(1, "anna", Read("for home"));

        Assert.Equal("for home", await cache.GetAsync(1, "anna", Read("unused"), fits: v => v == "for home"));
        Assert.Equal("for reports", await cache.GetAsync(1, "anna", Read("for reports"), fits: v => v == "for reports"));
        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task StartsAfreshWhenFullWithoutServingAReadFromBefore()
    {
        var cache = new ScopedExpiringCache<int, string, string>(clock, Lifetime, capacity: 2);
        await cache.GetAsync(1, "anna", Read("anna"));
        cache.Changed(2);
        cache.Changed(3);

        // The scopes are forgotten, but what was read before is not taken for current.
        cache.Changed(4);

        Assert.Equal("anna again", await cache.GetAsync(1, "anna", Read("anna again")));
        Assert.Equal("anna again", await cache.GetAsync(1, "anna", Read("unused")));
    }
}
