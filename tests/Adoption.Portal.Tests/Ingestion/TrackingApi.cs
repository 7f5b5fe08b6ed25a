using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Api;
using Adoption.Portal.Ingestion.Writing;
using Adoption.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Ingestion;

/// <summary>Talks to the tracking API the way a Segment client does.</summary>
internal static class TrackingApi
{
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, string json,
        string? writeKey = DemoSignIns.WriteKey, bool gzip = false, string contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (gzip)
        {
            using var compressed = new MemoryStream();
            await using (var zip = new GZipStream(compressed, CompressionLevel.Fastest))
            {
                zip.Write(bytes);
            }

            bytes = compressed.ToArray();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (gzip)
        {
            request.Content.Headers.ContentEncoding.Add("gzip");
        }

        if (writeKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>A batch body of <paramref name="items"/> (each a JSON object literal).</summary>
    public static string Batch(params string[] items) => $$"""{"batch":[{{string.Join(",", items)}}]}""";

    public static string Track(string messageId, string eventName = "Report Scheduled", string user = "user-001-01", string group = "acct-001", string? timestamp = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "track", ["messageId"] = messageId, ["userId"] = user, ["event"] = eventName,
            ["context"] = new Dictionary<string, string> { ["groupId"] = group }, ["timestamp"] = timestamp,
        });

    /// <summary>Adds a write key the way the write-keys page does (hashed), optionally revoked.</summary>
    public static async Task<int> AddWriteKeyAsync(this PortalFactory portal, string key, bool revoked = false)
    {
        await using var db = portal.CreateDb();
        var environment = new ProductEnvironment { Name = "Test " + key[^6..] };
        var writeKey = new WriteKey
        {
            Environment = environment, Name = key, Prefix = key[..11], Hash = WriteKeyAuthenticator.Hash(key),
            CreatedAt = DateTime.UtcNow, RevokedAt = revoked ? DateTime.UtcNow : null,
        };
        db.WriteKeys.Add(writeKey);
        await db.SaveChangesAsync();
        return writeKey.Id;
    }

    /// <summary>Waits until every acknowledged event is in the rollups.</summary>
    public static Task FlushRollupsAsync(this PortalFactory portal) => portal.Services.GetRequiredService<IngestionQueue>().FlushRollupsAsync();
}
