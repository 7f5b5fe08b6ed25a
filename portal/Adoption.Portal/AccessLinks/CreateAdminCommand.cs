using Adoption.Portal.Email;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.AccessLinks;

/// <summary>
/// <c>Adoption.Portal create-admin &lt;email&gt;</c>: the first CS operations admin of a fresh
/// installation, who then invites everyone else from the staff page.
/// </summary>
public static class CreateAdminCommand
{
    /// <summary>Creates the admin and writes the set-password link; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string? email, TextWriter output)
    {
        if (!StaffUsers.IsEmail(email))
        {
            await output.WriteLineAsync("Usage: Adoption.Portal create-admin <email>   (an address like ops@vendor.example)");
            return 2;
        }

        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStart)
        {
            await services.MigrateAsync();
        }

        await using var scope = services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffUsers>();
        var created = await staff.CreateAsync(email!, email!.Trim().Split('@')[0], [Roles.CsOps, Roles.Csm], AccessLinkIssuer.SetPasswordLifetime);
        if (created is null)
        {
            await output.WriteLineAsync($"{email} already has a sign-in; nothing changed. Use 'Forgot your password?' on the sign-in page if the password is lost.");
            return 1;
        }

        var origin = services.GetRequiredService<IOptions<OutboxOptions>>().Value.PublicUrl?.TrimEnd('/')
            ?? services.GetRequiredService<IConfiguration>()["urls"]?.Split(';')[0].TrimEnd('/')
            ?? "http://localhost:5080";
        await output.WriteLineAsync($"Created the CS operations admin {created.User.Email}.");
        await output.WriteLineAsync($"Set the password within {AccessLinkIssuer.SetPasswordLifetime.TotalMinutes:0} minutes (the link works once):");
        await output.WriteLineAsync($"  {origin}{AccessLinkIssuer.PasswordPath(created.Token)}");
        return 0;
    }
}
