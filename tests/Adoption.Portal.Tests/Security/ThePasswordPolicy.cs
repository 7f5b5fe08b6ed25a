using Adoption.Portal.Identity;
using Adoption.Portal.Security.Passwords;
using Adoption.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Security;

/// <summary>12 to 128 characters of anything, never a common or breached password (ASVS 5.0 V6.2), wherever a password is set.</summary>
public sealed class ThePasswordPolicy(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("elevenchars", false)]
    [InlineData("twelve chars", true)]
    [InlineData("Password1234", false)]
    [InlineData("QWERTYUIOP123", false)]
    [InlineData("Football2024", false)]
    [InlineData("1q2w3e4r5t6y", false)]
    [InlineData("purple tractor ocean", true)]
    [InlineData("ŝerco ĉiam 日本語 ok", true)]
    public async Task RefusesShortAndCommonPasswordsOnEveryChange(string password, bool accepted)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { DisplayName = "Policy", UserName = $"{Guid.NewGuid():N}@example.com", Email = $"{Guid.NewGuid():N}@example.com" };

        var result = await users.CreateAsync(user, password);

        Assert.True(result.Succeeded == accepted, string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task RefusesMoreThan128Characters()
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        var result = await users.CreateAsync(new PortalUser { DisplayName = "Long", UserName = "long@example.com", Email = "long@example.com" }, new string('a', 64) + new string('b', 65));

        Assert.Equal("Use 12 to 128 characters.", Assert.Single(result.Errors).Description);
        Assert.True(PasswordPolicy.IsValidLength(new string('x', 128)));
    }

    [Fact]
    public void ShipsAListOfThousandsOfCommonPasswords()
    {
        Assert.True(PasswordPolicy.IsCommon("iloveyou123456"));
        Assert.True(PasswordPolicy.IsCommon("  Welcome12345 "));
        Assert.False(PasswordPolicy.IsCommon("Adoption-demo-1"));
    }
}
