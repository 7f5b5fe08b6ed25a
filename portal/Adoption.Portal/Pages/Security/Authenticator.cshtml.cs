using System.Text;
using System.Text.Encodings.Web;
using Adoption.Portal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Security;

/// <summary>
/// Staff turn on an authenticator app (TOTP, RFC 6238, through Identity's authenticator token provider):
/// the shared key and its otpauth URI as text (no QR image, so nothing third-party renders a secret),
/// a code from the app to prove it is set up, then ten recovery codes shown this once.
/// </summary>
[Authorize(Policy = Policies.Csm)]
public sealed class AuthenticatorModel(
    UserManager<PortalUser> users, IUserStore<PortalUser> store, AdoptionDb db, IValidator<AuthenticatorModel.InputModel> validator,
    IStringLocalizer<AuthenticatorModel> localizer, ILoggerFactory logs) : PageModel
{
    public const int RecoveryCodeCount = 10;
    private readonly IUserAuthenticatorKeyStore<PortalUser> keys = (IUserAuthenticatorKeyStore<PortalUser>)store;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Enabled { get; private set; }
    /// <summary>CS operations require an app for all staff (Security/SecondFactor): the page says why it is the only one open.</summary>
    public bool Required { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            await LoadAsync(user);
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), localizer["That code is not right. Check the time on your phone and enter the current code."]);
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        // Turning it on renews the security stamp, which ends every session of the person, this one
        // included (Security/Sessions): the next page asks for the password and a code, so the person
        // proves the app works at once. The recovery codes are in this answer only.
        logs.CreateLogger(SecurityLog.Category).SecondFactorEnrolled(user.Id, HttpContext.Connection.RemoteIpAddress?.ToString());
        Enabled = true;
        return Page();
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            return;
        }

        Required = await db.StaffSecuritySettings.AnyAsync(s => s.RequireSecondFactor, HttpContext.RequestAborted);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Set through the store, not ResetAuthenticatorKeyAsync: that renews the security stamp, which
            // would end this very session (Security/Sessions) before the code is entered.
            key = users.GenerateNewAuthenticatorKey();
            await keys.SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }

        SharedKey = Grouped(key!);
        AuthenticatorUri = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"otpauth://totp/{UrlEncoder.Default.Encode("Adoption")}:{UrlEncoder.Default.Encode(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={UrlEncoder.Default.Encode("Adoption")}&digits=6");
    }

    /// <summary>Groups of four, lower case, as authenticator apps show them: easier to type.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<AuthenticatorModel> localizer)
        {
            RuleFor(i => i.Code).NotEmpty().WithMessage(_ => localizer["Enter the six-digit code your app shows."])
                .MaximumLength(12).WithMessage(_ => localizer["Enter the six-digit code your app shows."]);
        }
    }
}
