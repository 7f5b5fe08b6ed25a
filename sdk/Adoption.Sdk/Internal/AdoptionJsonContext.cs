using System.Text.Json.Serialization;

namespace Adoption.Sdk.Internal;

// Source-generated so serialization needs no reflection (trimming and AOT friendly, and fast on first use).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Envelope))]
internal sealed partial class AdoptionJsonContext : JsonSerializerContext;
