using System.Text.Json;

namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>Reads the identify/group traits the portal uses; every other trait stays in the payload only.</summary>
internal static class TraitsReader
{
    public static MessageTraits Read(ReadOnlySpan<byte> traits)
    {
        var t = new MessageTraits();
        var reader = new Utf8JsonReader(traits);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("email"u8)) t.Email = Text(ref reader);
            else if (reader.ValueTextEquals("name"u8)) t.Name = Text(ref reader);
            else if (reader.ValueTextEquals("firstName"u8)) t.FirstName = Text(ref reader);
            else if (reader.ValueTextEquals("lastName"u8)) t.LastName = Text(ref reader);
            else if (reader.ValueTextEquals("title"u8)) t.Title = Text(ref reader);
            else if (reader.ValueTextEquals("role"u8)) t.Role = Text(ref reader);
            else if (reader.ValueTextEquals("locale"u8)) t.Locale = Text(ref reader);
            else if (reader.ValueTextEquals("plan"u8)) t.Plan = Text(ref reader);
            else if (reader.ValueTextEquals("industry"u8)) t.Industry = Text(ref reader);
            else if (reader.ValueTextEquals("arr"u8)) t.Arr = Number(ref reader);
            else if (reader.ValueTextEquals("employees"u8)) t.Employees = Number(ref reader) is { } e && e <= int.MaxValue ? (int)e : null;
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return t;
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            var value = reader.GetString()!.Trim();
            return value.Length == 0 ? null : value;
        }

        reader.Skip();
        return null;
    }

    // Numbers may come quoted ("120000") from clients that stringify traits.
    private static decimal? Number(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var n))
        {
            return n >= 0 && n < 1_000_000_000_000m ? n : null;
        }

        if (reader.TokenType == JsonTokenType.String
            && decimal.TryParse(reader.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var s))
        {
            return s >= 0 && s < 1_000_000_000_000m ? s : null;
        }

        reader.Skip();
        return null;
    }
}
