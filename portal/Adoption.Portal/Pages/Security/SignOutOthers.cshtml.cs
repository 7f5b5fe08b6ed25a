using System.Security.Claims;
using Adoption.Portal.Security;
using Adoption.Portal.Security.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Security;

/// <summary>"Sign out the others": ends every session of the person but this one, then returns to where they were.</summary>
[Authorize]
public sealed class SignOutOthersModel(SignInSessions sessions, IStringLocalizer<SignOutOthersModel> localizer, ILoggerFactory logs) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var ended = await sessions.EndOthersAsync(HttpContext);
        logs.CreateLogger(SecurityLog.Category)
            .SessionsEnded(User.FindFirstValue(ClaimTypes.NameIdentifier), ended, HttpContext.Connection.RemoteIpAddress?.ToString());
        StatusMessage = localizer["Signed out {0} other sessions.", ended];
        // Customers keep their sessions on the profile; staff have theirs on the account security page.
        return RedirectToPage(User.IsInRole(Identity.Roles.CustomerAdmin) || User.IsInRole(Identity.Roles.CustomerUser) ? "/Customer/Profile/Index" : "/Index");
    }
}
