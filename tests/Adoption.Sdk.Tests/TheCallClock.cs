using Adoption.Sdk.Internal;
using Adoption.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Adoption.Sdk.Tests;

/// <summary>The cheap clock of a Track call: close to the wall clock, and a test's clock exactly.</summary>
public sealed class TheCallClock
{
    [Fact]
    public async Task StayWithinAFewMillisecondsOfTheSystemClock()
    {
        var clock = new CallClock(TimeProvider.System);

        for (var i = 0; i < 20; i++)
        {
            var before = DateTimeOffset.UtcNow;
            var stamped = clock.UtcNow();
            var after = DateTimeOffset.UtcNow;

            // The tick's resolution (a jiffy, at most 10 ms) either side; never a second-old calibration.
            Assert.InRange(stamped, before.AddMilliseconds(-20), after.AddMilliseconds(20));
            Assert.Equal(TimeSpan.Zero, stamped.Offset);
            await Task.Delay(60);
        }
    }

    [Fact]
    public void AskAnyOtherTimeProviderDirectly()
    {
        var fake = new FakeTimeProvider(SdkHarness.Start);
        var clock = new CallClock(fake);

        fake.Advance(TimeSpan.FromTicks(12_345));

        Assert.Equal(SdkHarness.Start.AddTicks(12_345), clock.UtcNow());
    }
}
