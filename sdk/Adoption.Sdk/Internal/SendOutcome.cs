namespace Adoption.Sdk.Internal;

internal enum SendResult
{
    Delivered,
    Rejected,
    Retry,
}

/// <summary>What one HTTP attempt came to.</summary>
internal readonly record struct SendOutcome(SendResult Result, string Failure, int StatusCode = 0, TimeSpan? RetryAfter = null)
{
    public static readonly SendOutcome Delivered = new(SendResult.Delivered, "");
}
