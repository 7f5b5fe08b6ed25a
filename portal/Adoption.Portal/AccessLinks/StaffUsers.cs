using System.Net.Mail;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.AccessLinks;

/// <summary>
/// Creates vendor staff without a password: they choose one through a single-use link, so no
/// password ever travels in a command line, a log or an email.
/// </summary>
public sealed class StaffUsers(AdoptionDb db, UserManager<PortalUser> users, RoleManager<IdentityRole> roles, AccessLinkIssuer links)
{
    public sealed record Created(PortalUser User, string Token);

    /// <summary>Whether any vendor staff can sign in: without one nobody can run the portal.</summary>
    public static bool AnyStaff(AdoptionDb db) =>
        db.UserRoles.Any(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Csm));

    public static bool IsEmail(string? email) => !string.IsNullOrWhiteSpace(email) && email.Length <= 256
        && MailAddress.TryCreate(email.Trim(), out var parsed) && parsed.Address == email.Trim();

    /// <summary>The new user and the token of their set-password link; null when the address already has a sign-in.</summary>
    public async Task<Created?> CreateAsync(string email, string name, IReadOnlyList<string> staffRoles, TimeSpan linkLifetime)
    {
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return null;
        }

        // A database that never saw the demo has no roles yet.
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name.Trim(), LockoutEnabled = true };
        var result = await users.CreateAsync(user);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, staffRoles);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var token = links.Issue(user.Id, AccessLinkPurpose.SetPassword, linkLifetime);
        await db.SaveChangesAsync();
        return new Created(user, token);
    }
}
