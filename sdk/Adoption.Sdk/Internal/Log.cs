using Microsoft.Extensions.Logging;

namespace Adoption.Sdk.Internal;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "Adoption SDK is turned off because its options are invalid: {Problems}")]
    public static partial void OptionsInvalid(ILogger logger, string problems);

    [LoggerMessage(EventId = 2,
        Message = "Adoption {MessageType} message dropped: {Reason}. Repeats are logged at Debug level and counted in Statistics.DroppedInvalid")]
    public static partial void MessageDropped(ILogger logger, LogLevel level, string messageType, string reason);

    [LoggerMessage(EventId = 3,
        Message = "Adoption queue is full ({MaxQueueSize} messages): dropping the oldest. Drops so far: {Dropped}")]
    public static partial void QueueFull(ILogger logger, LogLevel level, int maxQueueSize, long dropped);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Delivered {Count} messages to {Uri}")]
    public static partial void Delivered(ILogger logger, int count, Uri uri);

    [LoggerMessage(EventId = 5,
        Message = "The Adoption portal refused {Count} messages ({Failure}); they are dropped, not retried. {Hint}")]
    public static partial void Rejected(ILogger logger, LogLevel level, int count, string failure, string hint);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information,
        Message = "Sending {Count} messages failed ({Failure}); retry {Retry} of {MaxRetries} in {Delay}")]
    public static partial void RetryScheduled(ILogger logger, int count, string failure, int retry, int maxRetries, TimeSpan delay);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error,
        Message = "Gave up sending {Count} messages after {Attempts} attempts ({Failure}); they are dropped")]
    public static partial void RetriesExhausted(ILogger logger, int count, int attempts, string failure);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning,
        Message = "{Count} Adoption messages were not delivered before the shutdown deadline ({ShutdownTimeout})")]
    public static partial void ShutdownUndelivered(ILogger logger, int count, TimeSpan shutdownTimeout);

    [LoggerMessage(EventId = 10,
        Message = "The Adoption portal stored a batch but refused {Refused} of its {Count} messages as invalid, the first because: {Reason}")]
    public static partial void ItemsRefused(ILogger logger, LogLevel level, int refused, int count, string reason);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "Unexpected error in the Adoption sender; it carries on")]
    public static partial void SenderFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 11,
        Message = "Adoption engagements are empty: {Problem}")]
    public static partial void EngagementsUnavailable(ILogger logger, LogLevel level, string problem);

    [LoggerMessage(EventId = 12,
        Message = "Asking the Adoption portal for engagements failed ({Failure}); pages show cached or no engagements, without waiting, for {Pause}")]
    public static partial void DecideFailed(ILogger logger, LogLevel level, string failure, TimeSpan pause);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information,
        Message = "Sending {Count} engagement outcomes failed ({Failure}); retry {Retry} in {Delay}")]
    public static partial void OutcomeRetryScheduled(ILogger logger, int count, string failure, int retry, TimeSpan delay);

    [LoggerMessage(EventId = 14,
        Message = "The Adoption portal refused {Count} engagement outcomes ({Failure}); they are dropped")]
    public static partial void OutcomesRefused(ILogger logger, LogLevel level, int count, string failure);

    [LoggerMessage(EventId = 15,
        Message = "The Adoption portal rejected {Rejected} of {Count} engagement outcomes, the first because: {Reason}")]
    public static partial void OutcomeItemsRejected(ILogger logger, LogLevel level, int rejected, int count, string reason);

    [LoggerMessage(EventId = 16, Level = LogLevel.Debug, Message = "Delivered {Count} engagement outcomes")]
    public static partial void OutcomesDelivered(ILogger logger, int count);

    [LoggerMessage(EventId = 17, Level = LogLevel.Error,
        Message = "The Adoption disk buffer in {Folder} cannot be used ({Reason}); events and outcomes are kept in memory only")]
    public static partial void DiskBufferUnavailable(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 18, Level = LogLevel.Information,
        Message = "Found {Count} Adoption events in the disk buffer from an earlier run; sending them first")]
    public static partial void DiskBufferRestored(ILogger logger, int count);

    [LoggerMessage(EventId = 19,
        Message = "The Adoption disk buffer is full ({Files} batches); dropping the oldest ({Count} events)")]
    public static partial void DiskBufferFull(ILogger logger, LogLevel level, int files, int count);

    [LoggerMessage(EventId = 20,
        Message = "No Adoption portal link: {Problem}")]
    public static partial void PortalLinkFailed(ILogger logger, LogLevel level, string problem);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information,
        Message = "Found {Count} Adoption engagement outcomes in the disk buffer from an earlier run; sending them first")]
    public static partial void OutcomesRestored(ILogger logger, int count);

    [LoggerMessage(EventId = 22,
        Message = "The Adoption disk buffer holds more than {Capacity} engagement outcomes; dropping the oldest ({Count})")]
    public static partial void OutcomeBufferFull(ILogger logger, LogLevel level, int capacity, int count);
}
