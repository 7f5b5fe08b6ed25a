using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Security.Passwords;

/// <summary>
/// ASVS 5.0 V6.2: 12 to 128 characters, any characters, no composition rules, and not one of the common
/// and breached passwords shipped with the portal (<c>common-passwords.txt</c>). Forms say it through
/// their validators; Identity checks it again on every create, change and reset.
/// </summary>
public sealed class PasswordPolicy(IStringLocalizer<PasswordPolicy> localizer)
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public string LengthMessage => localizer["Use 12 to 128 characters."];
    public string CommonMessage => localizer["This password is too common; choose another. A few unrelated words together are long and easy to remember."];

    public static bool IsValidLength(string? password) => password is { Length: >= MinLength and <= MaxLength };

    public static bool IsCommon(string? password) => password is not null && Common.Value.Contains(password.Trim().ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Adoption.Portal.Security.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}

/// <summary>The same policy inside ASP.NET Identity, for every page that sets a password through UserManager.</summary>
internal sealed class PasswordPolicyValidator(PasswordPolicy policy) : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (!PasswordPolicy.IsValidLength(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordLength", Description = policy.LengthMessage }));
        }

        return Task.FromResult(PasswordPolicy.IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = policy.CommonMessage })
            : IdentityResult.Success);
    }
}
