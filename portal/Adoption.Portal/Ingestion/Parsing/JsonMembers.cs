using System.Buffers;
using System.Text.Json;

namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>Small operations on JSON objects kept as raw UTF-8: list members, find one, merge two.</summary>
internal static class JsonMembers
{
    /// <summary>The top-level members of an object: each name (without quotes) and raw value.</summary>
    public static List<(Range Name, Range Value)> Of(ReadOnlySpan<byte> json, Range obj)
    {
        var members = new List<(Range, Range)>();
        var offset = obj.Start.GetOffset(json.Length);
        var reader = new Utf8JsonReader(json[obj]);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = (offset + (int)reader.TokenStartIndex + 1)..(offset + (int)reader.TokenStartIndex + 1 + reader.ValueSpan.Length);
            reader.Read();
            var start = offset + (int)reader.TokenStartIndex;
            reader.Skip();
            members.Add((name, start..(offset + (int)reader.BytesConsumed)));
        }

        return members;
    }

    /// <summary>A top-level member's value as text (strings unquoted, numbers and booleans as written), or null.</summary>
    public static string? Text(ReadOnlySpan<byte> obj, ReadOnlySpan<byte> name)
    {
        var reader = new Utf8JsonReader(obj);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>
    /// Writes <c>{...}</c> with the item's members, then the batch's members the item does not have:
    /// the Segment rule that an item's own context wins over the batch's.
    /// </summary>
    public static void WriteMerged(IBufferWriter<byte> output, ReadOnlySpan<byte> json,
        List<(Range Name, Range Value)> item, List<(Range Name, Range Value)> batch)
    {
        output.Write("{"u8);
        var first = true;
        foreach (var (name, value) in item)
        {
            WriteMember(output, json, name, value, ref first);
        }

        foreach (var (name, value) in batch)
        {
            if (!Contains(json, item, json[name]))
            {
                WriteMember(output, json, name, value, ref first);
            }
        }

        output.Write("}"u8);
    }

    private static bool Contains(ReadOnlySpan<byte> json, List<(Range Name, Range Value)> members, ReadOnlySpan<byte> name)
    {
        foreach (var (n, _) in members)
        {
            if (json[n].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteMember(IBufferWriter<byte> output, ReadOnlySpan<byte> json, Range name, Range value, ref bool first)
    {
        output.Write(first ? "\""u8 : ",\""u8);
        output.Write(json[name]);
        output.Write("\":"u8);
        output.Write(json[value]);
        first = false;
    }
}
