using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Identity;

/// <summary>
/// Ends a session a fixed time after sign-in however active it is. Sliding renewal keeps the
/// ticket's properties, so the first sign-in time survives every renewal.
/// </summary>
internal sealed class AbsoluteExpiryCookieEvents(SessionOptions session) : CookieAuthenticationEvents
{
    private const string SignedInAt = "signed_in_at";

    public override Task SigningIn(CookieSigningInContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        context.Properties.Items.TryAdd(SignedInAt, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (context.Properties.Items.TryGetValue(SignedInAt, out var value)
            && long.TryParse(value, CultureInfo.InvariantCulture, out var seconds)
            && now - DateTimeOffset.FromUnixTimeSeconds(seconds) > session.AbsoluteTimeout)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await base.ValidatePrincipal(context);
        // Identity's security-stamp check runs from its own hook on the same event. It only reaches the
        // user store once the validation interval has passed since the cookie was issued; asking for it
        // earlier would build the whole sign-in service graph on every request for nothing.
        var interval = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;
        if (context.Properties.IssuedUtc is not { } issued || now - issued > interval)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }
}
