using Microsoft.AspNetCore.OpenApi;

namespace Adoption.Portal.Ingestion.Api;

/// <summary>The OpenAPI document of the tracking API, served at <c>/openapi/v1.json</c>.</summary>
internal static class TrackingApiDocument
{
    public const string Name = "v1";

    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "Adoption Tracking API";
        document.Info.Version = "v1";
        document.Info.Description =
            "Compatible with the Segment HTTP Tracking API: point a Segment or RudderStack client at this portal. " +
            "Authenticate with the write key as the HTTP Basic user name and an empty password, or as writeKey in the body. " +
            "Bodies are application/json, optionally Content-Encoding: gzip; at most 32 KB per call, 500 KB and 2,500 calls per batch. " +
            "200 means the calls are durably stored; a call sent again with the same messageId is stored once.";
        return Task.CompletedTask;
    });
}
