using System.Text.Json;
using System.Text.Json.Serialization;

namespace Adoption.Sdk.Internal;

/// <summary>Writes the host's free-form dictionaries (properties, traits) without reflection.</summary>
internal sealed class PropertyBagConverter : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The SDK only writes messages.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options) =>
        JsonValueWriter.Write(writer, value);
}

/// <summary>Writes <c>context</c>: the host's entries plus <c>library</c>, so the portal knows which SDK sent it.</summary>
internal sealed class ContextConverter : JsonConverter<IReadOnlyDictionary<string, object?>?>
{
    private static readonly string Version =
        typeof(ContextConverter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public override bool HandleNull => true;

    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The SDK only writes messages.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?>? value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("library");
        writer.WriteString("name", "Adoption.Sdk");
        writer.WriteString("version", Version);
        writer.WriteEndObject();
        if (value is not null)
        {
            foreach (var (key, item) in value)
            {
                if (key == "library")
                {
                    continue;
                }

                writer.WritePropertyName(key);
                JsonValueWriter.Write(writer, item, depth: 1);
            }
        }

        writer.WriteEndObject();
    }
}
