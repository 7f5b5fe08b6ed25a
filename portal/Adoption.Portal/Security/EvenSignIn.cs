using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Adoption.Portal.Security;

/// <summary>
/// Password sign-in that answers an unknown address exactly as a known one (ASVS 5.0 V6.3.8): the same
/// password-hash work, the same failure wording, and after the same number of failures the same
/// lockout wording. Every outcome goes to the security log.
/// </summary>
public sealed class EvenSignIn(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IPasswordHasher<PortalUser> hasher,
    IMemoryCache cache, IOptions<IdentityOptions> identity, ILoggerFactory logs)
{
    private static string? dummyHash;
    private static readonly PortalUser Dummy = new() { DisplayName = "", UserName = "dummy" };

    // A known address also costs a database write (the failure count), an unknown one does not: a
    // refusal is answered no sooner than this after the post arrived, so both take the same time
    // however busy the machine is. It also slows guessing.
    private static readonly TimeSpan RefusalFloor = TimeSpan.FromMilliseconds(400);
    private readonly ILogger log = logs.CreateLogger(SecurityLog.Category);

    public async Task<SignInResult> PasswordSignInAsync(string email, string password, HttpContext http)
    {
        var started = TimeProvider.System.GetTimestamp();
        var result = await CheckAsync(email, password, http);
        if (!result.Succeeded)
        {
            var left = RefusalFloor - TimeProvider.System.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, http.RequestAborted);
            }
        }

        return result;
    }

    private async Task<SignInResult> CheckAsync(string email, string password, HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress?.ToString();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return Unknown(email, password, address);
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.SignInSucceeded(user.Id, address);
        }
        else if (result.RequiresTwoFactor)
        {
            // Not yet a sign-in: the code page logs its outcome.
        }
        else if (result.IsLockedOut)
        {
            log.LockedOut(Fingerprint.Of(email), known: true, address);
        }
        else
        {
            log.SignInFailed(Fingerprint.Of(email), known: true, address);
        }

        return result;
    }

    private SignInResult Unknown(string email, string password, string? address)
    {
        var lockout = identity.Value.Lockout;
        var key = "signin-unknown:" + email.Trim().ToUpperInvariant();
        var failures = cache.GetOrCreate(key, e =>
        {
            e.AbsoluteExpirationRelativeToNow = lockout.DefaultLockoutTimeSpan;
            return new Counter();
        })!;
        if (failures.Value >= lockout.MaxFailedAccessAttempts)
        {
            // A locked-out known person is refused before any hashing; so is this one.
            log.LockedOut(Fingerprint.Of(email), known: false, address);
            return SignInResult.LockedOut;
        }

        // The same work as checking a real password, so the answer takes as long.
        dummyHash ??= hasher.HashPassword(Dummy, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Dummy, dummyHash, password);
        var now = Interlocked.Increment(ref failures.Value);
        log.SignInFailed(Fingerprint.Of(email), known: false, address);
        return now >= lockout.MaxFailedAccessAttempts ? SignInResult.LockedOut : SignInResult.Failed;
    }

    private sealed class Counter
    {
        public int Value;
    }
}

/// <summary>A short one-way fingerprint of an email address: the log can group attempts without holding the address.</summary>
internal static class Fingerprint
{
    public static string Of(string email) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())))[..12];
}
