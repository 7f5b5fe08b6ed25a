using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Adoption.Portal.Security;

/// <summary>
/// Production errors (ASVS 5.0 V16.5): the log gets the exception under a reference id, the client gets
/// only that id: problem+json on the APIs, the friendly error page elsewhere. A database still locked
/// after its busy timeout is a 503 with Retry-After, pages included: the client may simply retry.
/// </summary>
internal sealed partial class PortalExceptionHandler(ILogger<PortalExceptionHandler> log) : IExceptionHandler
{
    /// <summary>Seconds a client should wait after a busy database.</summary>
    public const int RetryAfterSeconds = 5;

    public static string ReferenceOf(HttpContext http) => Activity.Current?.Id ?? http.TraceIdentifier;

    /// <summary>The status the exception handler answers with; the handler below and the error page follow it.</summary>
    public static int StatusCodeOf(Exception exception) =>
        IsBusy(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var reference = ReferenceOf(http);
        var busy = IsBusy(exception);
        // By now the request's path may already be the error page's; the feature keeps the original.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value ?? "";
        if (busy)
        {
            LogBusy(exception, reference, path);
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            LogFailed(exception, reference, path);
        }

        if (!SecurityHeaders.IsApi(new PathString(path)))
        {
            // Pages: the /error page renders the reference under the same status.
            return false;
        }

        // Written directly: the problem-details service declines when no endpoint matched the path.
        await Results.Problem(
            statusCode: StatusCodeOf(exception),
            title: busy ? "Busy" : "Something went wrong",
            detail: busy ? "The database is busy; nothing was stored. Send the same request again." : "The request could not be completed; nothing was changed.",
            extensions: new Dictionary<string, object?> { ["referenceId"] = reference }).ExecuteAsync(http);
        return true;
    }

    private static bool IsBusy(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is SqliteException { SqliteErrorCode: 5 or 6 })
            {
                // SQLITE_BUSY or SQLITE_LOCKED: another writer held the database past the busy timeout.
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 9100, Level = LogLevel.Error, Message = "Request failed, reference {Reference}, path {Path}")]
    private partial void LogFailed(Exception exception, string reference, string path);

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Database busy past its timeout, reference {Reference}, path {Path}; answered 503")]
    private partial void LogBusy(Exception exception, string reference, string path);
}
