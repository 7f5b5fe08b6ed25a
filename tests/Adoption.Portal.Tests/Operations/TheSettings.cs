using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Adoption.Portal.Tests.Operations;

/// <summary>A setting the portal cannot use stops it at start, and the message names the key to fix.</summary>
public sealed class TheSettings
{
    [Theory]
    [InlineData("Ingestion:Store", "Sideways")]
    [InlineData("Ingestion:MaxBatchEvents", "0")]
    [InlineData("Portal:ForwardedHeaders", "maybe")]
    [InlineData("Portal:HttpsPort", "70000")]
    [InlineData("Portal:Session:IdleTimeout", "00:00:00")]
    [InlineData("Revenue:ReportingCurrency", "EURO")]
    [InlineData("Security:RateLimits:PerAccount", "none")]
    [InlineData("Demo:Seed", "sometimes")]
    public async Task AMisconfigurationStopsTheStartWithTheKeysName(string key, string value)
    {
        await using var portal = new MisconfiguredPortal(key, value);

        var failure = Record.Exception(() => portal.Services);

        Assert.NotNull(failure);
        Assert.Contains(key, Messages(failure), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWellConfiguredPortalStarts()
    {
        await using var portal = new MisconfiguredPortal("Ingestion:Store", "Ef");

        Assert.Null(Record.Exception(() => portal.Services));
    }

    private static string Messages(Exception failure) =>
        string.Join(Environment.NewLine, Flatten(failure).Select(e => e.Message));

    private static IEnumerable<Exception> Flatten(Exception failure)
    {
        yield return failure;
        var inner = failure is AggregateException all ? all.InnerExceptions.ToList() : new List<Exception>();
        if (failure is not AggregateException && failure.InnerException is { } one)
        {
            inner.Add(one);
        }

        foreach (var e in inner.SelectMany(Flatten))
        {
            yield return e;
        }
    }

    private sealed class MisconfiguredPortal(string key, string value) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }
}
