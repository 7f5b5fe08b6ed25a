using System.Text;
using Adoption.Sdk.Tests.Infrastructure;

namespace Adoption.Sdk.Tests;

/// <summary>The request is the contract with the portal's ingestion API (Segment's HTTP Tracking API).</summary>
public sealed class ThePayload
{
    [Fact]
    public async Task IsASegmentBatchWithBasicAuthAndTheExactTrackMessage()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.Gzip = false);

        sdk.Client.Track("u1", "Report Created", new Dictionary<string, object?> { ["format"] = "pdf", ["pages"] = 3 });
        await sdk.FlushAsync();

        var batch = Assert.Single(sdk.Portal.Batches);
        var expectedKey = Convert.ToBase64String(Encoding.UTF8.GetBytes(SdkHarness.WriteKey + ":"));
        Assert.Equal("Basic " + expectedKey, batch.Authorization);
        Assert.Equal("application/json; charset=utf-8", batch.ContentType);
        Assert.Equal("", batch.ContentEncoding);
        var id = Assert.Single(batch.MessageIds);
        var uuid = Guid.Parse(id);
        Assert.Equal(7, uuid.Version);
        // A version 7 UUID starts with the Unix time in milliseconds: here the fake clock's 2025-03-01T09:00Z.
        Assert.Equal(SdkHarness.Start.ToUnixTimeMilliseconds(), Convert.ToInt64(id.Replace("-", "", StringComparison.Ordinal)[..12], 16));
        Assert.Equal(
            """{"batch":[{"type":"track","event":"Report Created","userId":"u1","anonymousId":null,"properties":{"format":"pdf","pages":3},"context":{"library":{"name":"Adoption.Sdk","version":"0.1.0"}},"messageId":"ID","timestamp":"2025-03-01T09:00:00+00:00"}],"sentAt":"2025-03-01T09:00:00.0000000+00:00"}"""
                .Replace("ID", id, StringComparison.Ordinal),
            Encoding.UTF8.GetString(batch.RawBody));
    }

    [Fact]
    public async Task IsGzippedWhenGzipIsOn()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.Gzip = true);

        sdk.Client.Track("u1", "Report Created");
        await sdk.FlushAsync();

        var batch = Assert.Single(sdk.Portal.Batches);
        Assert.Equal("gzip", batch.ContentEncoding);
        Assert.Equal([0x1f, 0x8b], batch.RawBody[..2]);
        Assert.Equal(["Report Created"], batch.Events);
    }

    [Fact]
    public async Task CarriesEveryMessageTypeWithItsOwnFields()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.Gzip = false);
        var anonymous = new MessageOptions { AnonymousId = "anon-7" };
        var earlier = new MessageOptions { Timestamp = SdkHarness.Start.AddHours(-2), Context = new Dictionary<string, object?> { ["locale"] = "fi-FI" } };

        sdk.Client.Identify("u1", new UserTraits { Email = "anna@northwind.example", Name = "Anna", Role = "admin", Locale = "fi-FI" });
        sdk.Client.Group("u1", "acct-1", new GroupTraits { Name = "Northwind", Plan = "Enterprise", Arr = 120000.50m });
        sdk.Client.Page(null, "Pricing", new Dictionary<string, object?> { ["path"] = "/pricing" }, anonymous);
        sdk.Client.Screen("u1", "Dashboard", options: earlier);
        sdk.Client.Alias("u1", "anon-7");
        await sdk.FlushAsync();

        var messages = Assert.Single(sdk.Portal.Batches).Messages.Select(m => m.GetRawText()).ToArray();
        Assert.Equal(5, messages.Length);
        Assert.StartsWith("""{"type":"identify","userId":"u1","anonymousId":null,"traits":{"email":"anna@northwind.example","name":"Anna","role":"admin","locale":"fi-FI"},""", messages[0]);
        Assert.StartsWith("""{"type":"group","userId":"u1","anonymousId":null,"groupId":"acct-1","traits":{"name":"Northwind","plan":"Enterprise","arr":120000.50},""", messages[1]);
        Assert.StartsWith("""{"type":"page","name":"Pricing","userId":null,"anonymousId":"anon-7","properties":{"path":"/pricing"},""", messages[2]);
        Assert.StartsWith("""{"type":"screen","name":"Dashboard","userId":"u1","anonymousId":null,"context":{"library":{"name":"Adoption.Sdk","version":"0.1.0"},"locale":"fi-FI"},""", messages[3]);
        Assert.EndsWith(""","timestamp":"2025-03-01T07:00:00+00:00"}""", messages[3]);
        Assert.StartsWith("""{"type":"alias","userId":"u1","anonymousId":null,"previousId":"anon-7","context":""", messages[4]);
    }

    [Fact]
    public async Task WritesOddPropertyValuesWithoutLosingTheEvent()
    {
        await using var sdk = await SdkHarness.StartAsync(o => o.Gzip = false);

        sdk.Client.Track("u1", "Export Finished", new Dictionary<string, object?>
        {
            ["ratio"] = double.NaN,
            ["kind"] = DayOfWeek.Friday,
            ["on"] = new DateOnly(2025, 3, 1),
            ["tags"] = new[] { "a", "b" },
            ["nested"] = new Dictionary<string, int> { ["rows"] = 10 },
            ["id"] = Guid.Empty,
            ["other"] = new Version(1, 2),
            ["none"] = null,
        });
        await sdk.FlushAsync();

        var message = Assert.Single(Assert.Single(sdk.Portal.Batches).Messages);
        Assert.Equal(
            """{"ratio":null,"kind":"Friday","on":"2025-03-01","tags":["a","b"],"nested":{"rows":10},"id":"00000000-0000-0000-0000-000000000000","other":"1.2","none":null}""",
            message.GetProperty("properties").GetRawText());
    }
}
