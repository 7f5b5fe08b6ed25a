using Adoption.Portal.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Session;

/// <summary>
/// The second step of a staff sign-in with an authenticator app: a six-digit code, or one of the
/// recovery codes (each works once). Identity counts wrong codes toward the same lockout as wrong passwords.
/// </summary>
public sealed class SignInCodeModel(
    SignInManager<PortalUser> signIn, IValidator<SignInCodeModel.InputModel> validator, IStringLocalizer<SignInCodeModel> localizer, ILoggerFactory logs)
    : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Session/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The password step expired (or never happened): start again.
            return RedirectToPage("/Session/SignIn");
        }

        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        // Authenticator codes are six digits; recovery codes are longer and have a dash.
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var log = logs.CreateLogger(SecurityLog.Category);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (result.IsLockedOut)
        {
            log.LockedOut(Fingerprint.Of(user.Email ?? ""), known: true, address);
            ModelState.AddModelError(string.Empty, localizer["Too many failed attempts. Try again in 15 minutes."]);
            return Page();
        }

        if (!result.Succeeded)
        {
            log.SecondFactorFailed(user.Id, address);
            ModelState.AddModelError(nameof(Input) + "." + nameof(Input.Code), localizer["That code is not right. Enter the current code from your app, or a recovery code."]);
            return Page();
        }

        log.SignInSucceeded(user.Id, address);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<SignInCodeModel> localizer)
        {
            RuleFor(i => i.Code).NotEmpty().WithMessage(_ => localizer["Enter the code from your authenticator app."])
                .MaximumLength(40).WithMessage(_ => localizer["That code is not right. Enter the current code from your app, or a recovery code."]);
        }
    }
}
