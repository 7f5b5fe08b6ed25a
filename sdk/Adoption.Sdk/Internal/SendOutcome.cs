namespace Adoption.Sdk.Internal;

internal enum SendResult
{
    Delivered,
    Rejected,
    Retry,
}

/// <summary>
/// What one HTTP attempt came to. A delivered batch may still have <see cref="RefusedItems"/>: items the portal
/// stored nothing of because they were invalid (the first one's reason is in <see cref="Failure"/>).
/// </summary>
internal readonly record struct SendOutcome(
    SendResult Result, string Failure, int StatusCode = 0, TimeSpan? RetryAfter = null, int RefusedItems = 0)
{
    public static readonly SendOutcome Delivered = new(SendResult.Delivered, "");
}
