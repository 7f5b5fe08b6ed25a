using System.Text.Json;

namespace Adoption.Sdk.Internal;

/// <summary>
/// Reads the portal's answer to a stored batch, <c>{"success":true,"rejected":[{"index":1,"reason":"…"}]}</c>:
/// the listed items were invalid and not stored, the rest were.
/// </summary>
internal static class RefusedItems
{
    public static SendOutcome Read(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var answer = JsonDocument.Parse(body);
            if (answer.RootElement.ValueKind == JsonValueKind.Object
                && answer.RootElement.TryGetProperty("rejected", out var rejected)
                && rejected.ValueKind == JsonValueKind.Array
                && rejected.GetArrayLength() > 0)
            {
                var first = rejected[0];
                var reason = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("reason", out var r) ? r.ToString() : "no reason given";
                return SendOutcome.Delivered with { RefusedItems = rejected.GetArrayLength(), Failure = reason };
            }
        }
        catch (JsonException)
        {
            // An empty or non-JSON 200 (a Segment-compatible server need not say more) means all were stored.
        }

        return SendOutcome.Delivered;
    }
}
