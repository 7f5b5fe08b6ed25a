using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Adoption.Sdk.Internal;

/// <summary>
/// Writes any value a host may put in a dictionary. Known types keep their JSON type; anything else is written
/// as its invariant string, so an unusual value never costs the whole message.
/// </summary>
internal static class JsonValueWriter
{
    // Deep enough for real data; shallow enough to stop a dictionary that contains itself.
    private const int MaxDepth = 16;

    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> bag, int depth = 0)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in bag)
        {
            writer.WritePropertyName(key);
            Write(writer, value, depth + 1);
        }

        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new JsonException($"A value is nested more than {MaxDepth} levels deep (does a dictionary contain itself?).");
        }

        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d: WriteFloat(writer, d); break;
            case float f: WriteFloat(writer, f); break;
            case short or byte or sbyte or ushort: writer.WriteNumberValue(Convert.ToInt32(value, CultureInfo.InvariantCulture)); break;
            case uint u: writer.WriteNumberValue(u); break;
            case ulong u: writer.WriteNumberValue(u); break;
            case DateTimeOffset t: writer.WriteStringValue(t); break;
            case DateTime t: writer.WriteStringValue(t); break;
            case DateOnly d: writer.WriteStringValue(d.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeOnly t: writer.WriteStringValue(t.ToString("O", CultureInfo.InvariantCulture)); break;
            case TimeSpan t: writer.WriteStringValue(t.ToString("c", CultureInfo.InvariantCulture)); break;
            case Guid g: writer.WriteStringValue(g); break;
            case Enum e: writer.WriteStringValue(e.ToString()); break;
            case JsonElement element: element.WriteTo(writer); break;
            case JsonNode node: node.WriteTo(writer); break;
            case IReadOnlyDictionary<string, object?> bag: Write(writer, bag, depth); break;
            case IDictionary dictionary: WriteDictionary(writer, dictionary, depth); break;
            case IEnumerable sequence: WriteSequence(writer, sequence, depth); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    // JSON has no NaN or infinity; null says "no usable number" without dropping the message.
    private static void WriteFloat(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteDictionary(Utf8JsonWriter writer, IDictionary dictionary, int depth)
    {
        writer.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
            Write(writer, entry.Value, depth + 1);
        }

        writer.WriteEndObject();
    }

    private static void WriteSequence(Utf8JsonWriter writer, IEnumerable sequence, int depth)
    {
        writer.WriteStartArray();
        foreach (var item in sequence)
        {
            Write(writer, item, depth + 1);
        }

        writer.WriteEndArray();
    }
}
