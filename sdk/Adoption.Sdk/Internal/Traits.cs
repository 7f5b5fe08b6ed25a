namespace Adoption.Sdk.Internal;

internal static class Traits
{
    // Named traits win over the host's free-form ones: they are what the portal reads.
    public static Dictionary<string, object?> Merge(
        IReadOnlyDictionary<string, object?>? other, params ReadOnlySpan<(string Key, object? Value)> named)
    {
        var traits = other is null ? new Dictionary<string, object?>(named.Length) : new Dictionary<string, object?>(other);
        foreach (var (key, value) in named)
        {
            if (value is not null)
            {
                traits[key] = value;
            }
        }

        return traits;
    }
}
