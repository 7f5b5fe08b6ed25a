using CsvHelper;

namespace Adoption.Portal.Import;

/// <summary>One line of an uploaded CSV file: its line number (the header is line 1) and its cells by column name.</summary>
public sealed class CsvLine(int number, IReadOnlyDictionary<string, string> cells)
{
    public int Number { get; } = number;

    /// <summary>The trimmed cell, or null when the column is absent or the cell empty.</summary>
    public string? this[string column] => cells.TryGetValue(column, out var v) ? v.TrimmedOrNull() : null;

    public bool Has(string column) => cells.ContainsKey(column);
}

/// <summary>A problem with one line (line 0: the file as a whole) and, when known, the column.</summary>
public sealed record LineError(int Line, string? Column, string Message);

/// <summary>Reads CSV text with CsvHelper into lines keyed by header name (case does not matter).</summary>
public static class CsvLines
{
    public static (IReadOnlyList<CsvLine> Lines, IReadOnlyList<LineError> Errors) Read(string text, IReadOnlyCollection<string> required, Func<string, string> say)
    {
        var lines = new List<CsvLine>();
        var errors = new List<LineError>();
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            // A stray quote is one line's error, reported; the import as a whole then saves nothing.
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => errors.Add(new LineError((int)bad.LineNumber, null, say("The line has a quote in the wrong place."))),
        };
        try
        {
            using var csv = CsvReader.Create(new StringReader(text), options, false);
            csv.ReadHeader();
            var columns = csv.Headers.Select(h => h.Trim()).ToArray();
            if (columns.Length == 0 || columns.All(string.IsNullOrEmpty))
            {
                errors.Add(new LineError(0, null, say("The file is empty: the first line names the columns.")));
                return (lines, errors);
            }

            var missing = required.Where(r => !columns.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
            foreach (var column in missing)
            {
                errors.Add(new LineError(1, column, say("The file has no column with this name.")));
            }

            if (missing.Count > 0)
            {
                return (lines, errors);
            }

            while (csv.Read())
            {
                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < columns.Length; i++)
                {
                    cells[columns[i]] = i < csv.FieldCount ? csv.GetString(i) : "";
                }

                if (cells.Values.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                lines.Add(new CsvLine((int)csv.LineNumber, cells));
            }
        }
        catch (CsvFormatException)
        {
            errors.Add(new LineError(0, null, say("The file is not readable as CSV.")));
        }

        return (lines, errors);
    }

    /// <summary>An enum value by its name (not its number): "champion" and "Champion" work, "7" does not.</summary>
    public static bool TryEnum<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return text is not null && !text.Any(char.IsDigit) && Enum.TryParse(text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
