using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// Staff turn on an authenticator app and sign in with its code or a recovery code. The codes are
/// computed here from the shared key the page shows (RFC 6238), as a phone would.
/// </summary>
public sealed partial class TheSecondFactor
{
    private static readonly string Staff = DemoSignIns.Csm.Email;

    [Fact]
    public async Task EnrolsWithACodeFromTheSharedKeyAndShowsTenRecoveryCodesOnce()
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsync(Staff);

        var setup = await client.GetStringAsync("/security/authenticator");
        var key = SharedKey(setup);
        Assert.Contains("otpauth://totp/Adoption:", WebUtility.HtmlDecode(setup), StringComparison.Ordinal);
        Assert.Contains("secret=" + key.ToUpperInvariant(), WebUtility.HtmlDecode(setup), StringComparison.Ordinal);

        var wrong = await client.PostFormAsync("/security/authenticator", new() { ["Input.Code"] = Other(Totp(key)) });
        Assert.Contains("That code is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await EnabledAsync(portal));

        var done = await (await client.PostFormAsync("/security/authenticator", new() { ["Input.Code"] = Totp(key) })).Content.ReadAsStringAsync();
        Assert.Equal(10, RecoveryCodes(done).Count);
        Assert.True(await EnabledAsync(portal));
        // Turning it on ends the sessions, this one too: the next page asks to sign in again.
        Assert.Equal("/signin", (await client.GetAsync("/security/authenticator")).Headers.Location?.AbsolutePath);
        // Shown once: after signing in with a code, the page says it is on and lists no codes.
        using var fresh = portal.CreatePortalClient();
        await fresh.PostFormAsync("/signin", new() { ["Input.Email"] = Staff, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.PostFormAsync("/signin/code", new() { ["Input.Code"] = Totp(key) })).StatusCode);
        var later = await fresh.GetStringAsync("/security/authenticator");
        Assert.Empty(RecoveryCodes(later));
        Assert.Contains("Two-step sign-in is on.", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsksForTheCodeAfterThePasswordAndSignsInOnlyWithTheRightOne()
    {
        await using var portal = new PortalFactory();
        var (key, _) = await EnrolAsync(portal);
        var client = portal.CreatePortalClient();

        var password = await client.PostFormAsync("/signin", new() { ["Input.Email"] = Staff, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/signin/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // The password alone is no sign-in.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/csm")).StatusCode);

        var wrong = await client.PostFormAsync("/signin/code", new() { ["Input.Code"] = Other(Totp(key)) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("That code is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await client.PostFormAsync("/signin/code", new() { ["Input.Code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/csm")).StatusCode);
    }

    [Fact]
    public async Task LocksTheSignInAfterFiveWrongCodesEvenForTheRightOne()
    {
        await using var portal = new PortalFactory();
        var (key, _) = await EnrolAsync(portal);
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/signin", new() { ["Input.Email"] = Staff, ["Input.Password"] = DemoSignIns.Password });

        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/signin/code", new() { ["Input.Code"] = Other(Totp(key)) });
        }

        var right = await client.PostFormAsync("/signin/code", new() { ["Input.Code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Too many failed attempts. Try again in 15 minutes.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/csm")).StatusCode);
    }

    [Fact]
    public async Task TakesEachRecoveryCodeOnce()
    {
        await using var portal = new PortalFactory();
        var (_, codes) = await EnrolAsync(portal);

        var first = await PasswordThenCodeAsync(portal, codes[3]);
        var again = await PasswordThenCodeAsync(portal, codes[3]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("That code is not right.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendsTheCodePageBackToThePasswordWithoutAPasswordStep()
    {
        await using var portal = new PortalFactory();
        var response = await portal.CreatePortalClient().GetAsync("/signin/code");
        Assert.Equal("/signin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task RateLimitsTheCodeStepLikeTheSignIn()
    {
        await using var portal = new RateLimitedPortal();
        var (key, _) = await EnrolAsync(portal);
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/signin", new() { ["Input.Email"] = Staff, ["Input.Password"] = DemoSignIns.Password });
        var page = await client.GetStringAsync("/signin/code");
        var token = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Code"] = Other(Totp(key)), ["__RequestVerificationToken"] = token });
            statuses.Add((await client.PostAsync("/signin/code", form)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Contains(portal.Log.Entries, e => e.EventName == "SecondFactorFailed");
    }

    private static async Task<HttpResponseMessage> PasswordThenCodeAsync(PortalFactory portal, string code)
    {
        var client = portal.CreatePortalClient();
        await client.PostFormAsync("/signin", new() { ["Input.Email"] = Staff, ["Input.Password"] = DemoSignIns.Password });
        return await client.PostFormAsync("/signin/code", new() { ["Input.Code"] = code });
    }

    private static async Task<(string Key, IReadOnlyList<string> Codes)> EnrolAsync(PortalFactory portal)
    {
        var client = await portal.SignInAsync(Staff);
        var key = SharedKey(await client.GetStringAsync("/security/authenticator"));
        var done = await (await client.PostFormAsync("/security/authenticator", new() { ["Input.Code"] = Totp(key) })).Content.ReadAsStringAsync();
        return (key, RecoveryCodes(done));
    }

    private static async Task<bool> EnabledAsync(PortalFactory portal)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.FindByEmailAsync(Staff))!.TwoFactorEnabled;
    }

    private static string SharedKey(string html) => SharedKeyText().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    private static List<string> RecoveryCodes(string html) =>
        [.. RecoveryCodeItem().Matches(html.Contains("recovery-codes", StringComparison.Ordinal) ? html : "").Select(m => m.Groups[1].Value)];

    /// <summary>A six-digit code that is not the current one.</summary>
    private static string Other(string code) => ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>RFC 6238 TOTP: HMAC-SHA1 over the 30-second step count, dynamic truncation (RFC 4226), six digits.</summary>
    internal static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        // SHA-1 is what RFC 6238 and every authenticator app use by default; HMAC-SHA1 is not weakened by SHA-1 collisions.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex("<code id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKeyText();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCodeItem();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
