using Adoption.Portal.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Session;

public sealed class SignInModel(
    EvenSignIn signIn, IValidator<SignInModel.InputModel> validator, IStringLocalizer<SignInModel> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, HttpContext);
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, localizer["Too many failed attempts. Try again in 15 minutes."]);
            return Page();
        }

        if (result.RequiresTwoFactor)
        {
            // The password was right; the authenticator code comes next (Identity holds the person in its two-factor cookie).
            return RedirectToPage("/Session/SignInCode", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        }

        if (!result.Succeeded)
        {
            // Don't reveal whether the email belongs to anyone.
            ModelState.AddModelError(string.Empty, localizer["The email or password is not right."]);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
    }

    public sealed class Validator : AbstractValidator<InputModel>
    {
        public Validator(IStringLocalizer<SignInModel> localizer)
        {
            RuleFor(i => i.Email).NotEmpty().WithMessage(_ => localizer["Enter your email address."])
                .EmailAddress().WithMessage(_ => localizer["Enter an email address like name@example.com."]);
            RuleFor(i => i.Password).NotEmpty().WithMessage(_ => localizer["Enter your password."]);
        }
    }
}
