namespace Adoption.Portal.Security;

/// <summary>
/// The security event log (ASVS 5.0 V16): structured events with a stable id, who, from where and
/// which account. Never a password, token, key or cookie: only ids, prefixes and addresses.
/// Category <c>Adoption.Security</c>, so operators can route it to its own sink.
/// </summary>
internal static partial class SecurityLog
{
    public const string Category = "Adoption.Security";

    [LoggerMessage(EventId = 9001, EventName = "SignInSucceeded", Level = LogLevel.Information, Message = "Sign-in succeeded for user {UserId} from {Address}")]
    public static partial void SignInSucceeded(this ILogger logger, string userId, string? address);

    [LoggerMessage(EventId = 9002, EventName = "SignInFailed", Level = LogLevel.Warning, Message = "Sign-in failed for {EmailHash} (known: {Known}) from {Address}")]
    public static partial void SignInFailed(this ILogger logger, string emailHash, bool known, string? address);

    [LoggerMessage(EventId = 9003, EventName = "LockedOut", Level = LogLevel.Warning, Message = "Sign-in refused, locked out: {EmailHash} (known: {Known}) from {Address}")]
    public static partial void LockedOut(this ILogger logger, string emailHash, bool known, string? address);

    [LoggerMessage(EventId = 9004, EventName = "SignedOut", Level = LogLevel.Information, Message = "User {UserId} signed out from {Address}")]
    public static partial void SignedOut(this ILogger logger, string? userId, string? address);

    [LoggerMessage(EventId = 9005, EventName = "RateLimited", Level = LogLevel.Warning, Message = "Rate limit hit on {Path} from {Address}")]
    public static partial void RateLimited(this ILogger logger, string path, string? address);

    [LoggerMessage(EventId = 9006, EventName = "Forbidden", Level = LogLevel.Warning, Message = "Forbidden: user {UserId} (account {AccountId}) asked for {Path} from {Address}")]
    public static partial void Forbidden(this ILogger logger, string? userId, int? accountId, string path, string? address);

    [LoggerMessage(EventId = 9007, EventName = "OtherAccountAsked", Level = LogLevel.Warning, Message = "Not found for user {UserId} (account {AccountId}): {Path} from {Address}")]
    public static partial void NotFoundForAccount(this ILogger logger, string? userId, int? accountId, string path, string? address);

    [LoggerMessage(EventId = 9008, EventName = "SessionsEnded", Level = LogLevel.Information, Message = "User {UserId} ended {Count} other sessions from {Address}")]
    public static partial void SessionsEnded(this ILogger logger, string? userId, int count, string? address);

    [LoggerMessage(EventId = 9009, EventName = "SessionRevoked", Level = LogLevel.Information, Message = "Session of user {UserId} refused: {Reason}")]
    public static partial void SessionRevoked(this ILogger logger, string userId, string reason);
}

internal static partial class SecurityAuditLog
{
    [LoggerMessage(EventId = 9010, EventName = "KeyCreated", Level = LogLevel.Information, Message = "A {Kind} key {Name} ({Prefix}…) was created by {Actor}")]
    public static partial void KeyCreated(this ILogger logger, string kind, string name, string prefix, string? actor);

    [LoggerMessage(EventId = 9011, EventName = "KeyRevoked", Level = LogLevel.Information, Message = "A {Kind} key {Name} ({Prefix}…) was revoked by {Actor}")]
    public static partial void KeyRevoked(this ILogger logger, string kind, string name, string prefix, string? actor);

    [LoggerMessage(EventId = 9012, EventName = "RoleChanged", Level = LogLevel.Information, Message = "Role {RoleId} {Change} for user {UserId} by {Actor}")]
    public static partial void RoleChanged(this ILogger logger, string userId, string roleId, string change, string? actor);

    [LoggerMessage(EventId = 9013, EventName = "AccessChanged", Level = LogLevel.Information, Message = "User {UserId} {Change} by {Actor}")]
    public static partial void AccessChanged(this ILogger logger, string userId, string change, string? actor);

    [LoggerMessage(EventId = 9014, EventName = "PasswordChanged", Level = LogLevel.Information, Message = "The password of user {UserId} was changed by {Actor}; the person was told by email")]
    public static partial void PasswordChanged(this ILogger logger, string userId, string? actor);

    [LoggerMessage(EventId = 9015, EventName = "EmailChanged", Level = LogLevel.Information, Message = "The email address of user {UserId} was changed by {Actor}; the old address was told")]
    public static partial void EmailChanged(this ILogger logger, string userId, string? actor);

    [LoggerMessage(EventId = 9016, EventName = "SecondFactorFailed", Level = LogLevel.Warning, Message = "A wrong authenticator or recovery code for user {UserId} from {Address}")]
    public static partial void SecondFactorFailed(this ILogger logger, string userId, string? address);

    [LoggerMessage(EventId = 9017, EventName = "SecondFactorEnrolled", Level = LogLevel.Information, Message = "User {UserId} turned on an authenticator app from {Address}; new recovery codes were issued")]
    public static partial void SecondFactorEnrolled(this ILogger logger, string userId, string? address);

    [LoggerMessage(EventId = 9018, EventName = "StaffSecondFactorRuleChanged", Level = LogLevel.Information, Message = "An authenticator app for all staff is now {State} (changed by {Actor})")]
    public static partial void StaffSecondFactorRuleChanged(this ILogger logger, string state, string? actor);
}
