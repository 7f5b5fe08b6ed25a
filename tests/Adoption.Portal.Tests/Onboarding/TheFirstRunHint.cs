using Adoption.Portal.Onboarding;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>The start-up banner tells a new installation how to create its first admin, until one exists.</summary>
public sealed class TheFirstRunHint(FreshPortalFactory portal) : IClassFixture<FreshPortalFactory>
{
    [Fact]
    public async Task NamesTheCreateAdminCommandUntilAStaffUserExists()
    {
        await using (var db = portal.CreateDb())
        {
            Assert.Contains("Adoption.Portal create-admin", OnboardingExtensions.FirstRunHint(db), StringComparison.Ordinal);
        }

        await portal.CreateAdminAsync("first@vendor.example");

        await using (var db = portal.CreateDb())
        {
            Assert.Null(OnboardingExtensions.FirstRunHint(db));
        }
    }
}
