using Adoption.Portal.Email;

namespace Adoption.Portal.Tests.Email;

public sealed class TheBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Max = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(1000, 360)]
    public void DoublesEachTimeUpToTheCap(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), Backoff.After(attempts, First, Max));
}
