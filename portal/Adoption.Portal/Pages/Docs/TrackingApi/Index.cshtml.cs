using System.Text.Json;
using Adoption.Portal.Ingestion.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Adoption.Portal.Pages.Docs.TrackingApi;

/// <summary>
/// The tracking API's reference, rendered from the same OpenAPI document the portal serves at
/// /openapi/v1.json, so the page cannot drift from the API. Public: host-product developers read it.
/// </summary>
public sealed class IndexModel(IServiceProvider services) : PageModel
{
    public IReadOnlyList<Operation> Operations { get; private set; } = [];
    public string Description { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(TrackingApiDocument.Name);
        var document = await provider.GetOpenApiDocumentAsync(HttpContext.RequestAborted);
        using var json = JsonDocument.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, HttpContext.RequestAborted));
        var root = json.RootElement;
        Description = Text(root.GetProperty("info"), "description");
        var schemas = root.TryGetProperty("components", out var components) && components.TryGetProperty("schemas", out var s) ? s : default;
        Operations = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => ReadOperation(op.Name.ToUpperInvariant(), path.Name, op.Value, schemas)))
            .ToList();
    }

    private static Operation ReadOperation(string method, string path, JsonElement op, JsonElement schemas)
    {
        var fields = new List<Field>();
        if (op.TryGetProperty("requestBody", out var body)
            && body.GetProperty("content").TryGetProperty("application/json", out var media)
            && media.TryGetProperty("schema", out var schema))
        {
            schema = Resolve(schema, schemas);
            var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
            if (schema.TryGetProperty("properties", out var properties))
            {
                fields.AddRange(properties.EnumerateObject().Select(p => new Field(p.Name, TypeOf(Resolve(p.Value, schemas)), required.Contains(p.Name),
                    Text(p.Value, "description") is { Length: > 0 } d ? d : Text(Resolve(p.Value, schemas), "description"))));
            }
        }

        var responses = op.TryGetProperty("responses", out var rs)
            ? rs.EnumerateObject().Select(x => new Answer(x.Name, Text(x.Value, "description"))).ToList()
            : [];
        return new Operation(method, path, Text(op, "summary"), Text(op, "description"), fields, responses);
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference) && schemas.ValueKind == JsonValueKind.Object
            && schemas.TryGetProperty(reference.GetString()!.Split('/')[^1], out var target) ? target : schema;

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return "object";
        }

        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).Where(t => t != "null") : [type.GetString()];
        var format = schema.TryGetProperty("format", out var f) ? $" ({f.GetString()})" : "";
        return string.Join(" | ", names) + format;
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    public sealed record Operation(string Method, string Path, string Summary, string Description, IReadOnlyList<Field> Fields, IReadOnlyList<Answer> Responses);

    public sealed record Field(string Name, string Type, bool Required, string Description);

    public sealed record Answer(string Status, string Description);
}
