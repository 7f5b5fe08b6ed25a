using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Adoption.Portal.Onboarding;

/// <summary>
/// A CSM sees the customer portal exactly as an account's admin does, read-only. While the view-as
/// cookie names an account, requests outside /csm carry that account's claims (so the customer
/// pages and the tenancy filters scope to it) plus <see cref="Claim"/>, and every write is refused.
/// </summary>
public static class ViewAs
{
    public const string Cookie = "adoption.viewas";
    /// <summary>Present while a CSM views the portal as a customer; its value is the account's name.</summary>
    public const string Claim = "adoption:viewas";

    public static bool IsViewingAs(this ClaimsPrincipal user) => user.HasClaim(c => c.Type == Claim);

    public static string? ViewingAsName(this ClaimsPrincipal user) => user.FindFirstValue(Claim);

    public static bool AppliesTo(PathString path) =>
        !path.StartsWithSegments("/csm", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/v1", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Adds the viewed account's claims to a CSM's principal on customer pages.</summary>
internal sealed class ViewAsClaims(IHttpContextAccessor http, IServiceScopeFactory scopes) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var context = http.HttpContext;
        if (context is null || principal.IsViewingAs() || !principal.IsInRole(Roles.Csm) || !ViewAs.AppliesTo(context.Request.Path)
            || !int.TryParse(context.Request.Cookies[ViewAs.Cookie], NumberStyles.None, CultureInfo.InvariantCulture, out var accountId))
        {
            return principal;
        }

        await using var scope = scopes.CreateAsyncScope();
        var name = await scope.ServiceProvider.GetRequiredService<AdoptionDb>().Accounts
            .Where(a => a.Id == accountId).Select(a => a.Name).SingleOrDefaultAsync(context.RequestAborted);
        if (name is null)
        {
            return principal;
        }

        var viewing = principal.Clone();
        var identity = new ClaimsIdentity(
        [
            new Claim(ViewAs.Claim, name), new Claim(PortalClaims.AccountId, accountId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Role, Roles.CustomerUser), new Claim(ClaimTypes.Role, Roles.CustomerAdmin),
        ]);
        viewing.AddIdentity(identity);
        return viewing;
    }
}

/// <summary>Read-only means read-only: any write while viewing as a customer is refused before a page handler runs.</summary>
internal sealed class ReadOnlyWhileViewingAs : IAsyncPageFilter
{
    private static readonly string[] Allowed = ["/Session/SignOut", "/Language/Choose"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.IsViewingAs() && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && !Allowed.Contains(context.ActionDescriptor.ViewEnginePath, StringComparer.Ordinal))
        {
            context.Result = new ForbidResult();
            return;
        }

        await next();
    }
}
