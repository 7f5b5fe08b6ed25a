using System.Text.Unicode;

namespace Adoption.Portal.Ingestion.Parsing;

/// <summary>
/// Whether a piece of JSON text can be stored and read back as text: valid UTF-8 and no escaped lone
/// surrogate (<c>"\ud800"</c>). System.Text.Json reads past both and fails only when a string is
/// decoded, which would be later, on a page; an item holding either is refused with this reason.
/// </summary>
internal static class JsonText
{
    public static string? Problem(ReadOnlySpan<byte> json)
    {
        if (!Utf8.IsValid(json))
        {
            return "holds bytes that are not valid UTF-8";
        }

        var i = json.IndexOf((byte)'\\');
        while (i >= 0 && i < json.Length - 1)
        {
            if (json[i + 1] != 'u')
            {
                // Any other escape (\" \\ \n …) is two characters; skipping both keeps \\u from looking like \u.
                i = Next(json, i + 2);
                continue;
            }

            var unit = Hex(json, i + 2);
            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                var low = json.Length > i + 7 && json[i + 6] == '\\' && json[i + 7] == 'u' ? Hex(json, i + 8) : -1;
                if (low is not (>= 0xDC00 and <= 0xDFFF))
                {
                    return "holds a lone UTF-16 surrogate escape (\\ud800-\\udbff without its pair)";
                }

                i = Next(json, i + 12);
            }
            else if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return "holds a lone UTF-16 surrogate escape (\\udc00-\\udfff without its pair)";
            }
            else
            {
                i = Next(json, i + 6);
            }
        }

        return null;
    }

    private static int Next(ReadOnlySpan<byte> json, int from) =>
        from >= json.Length ? -1 : json[from..].IndexOf((byte)'\\') is var at and >= 0 ? from + at : -1;

    private static int Hex(ReadOnlySpan<byte> json, int at)
    {
        if (json.Length < at + 4)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in json.Slice(at, 4))
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }
}
