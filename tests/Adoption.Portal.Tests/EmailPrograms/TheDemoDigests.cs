using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>A newcomer's first run: the demo's contacts get real digests in the pickup folder, in their four languages.</summary>
public sealed class TheDemoDigests
{
    [Fact]
    public async Task ProgramsRunWeeklyDigestWritesADigestForEachDemoContactInTheirLanguage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adoption-tests", $"demo-mail-{Guid.NewGuid():N}");
        try
        {
            await using var portal = new PickupPortal(folder);
            await using (var db = portal.CreateDb())
            {
                // Nobody in the demo has turned the digest off (no row means subscribed).
                var subscribed = await db.Contacts.Where(c => c.LeftAt == null && c.Account!.ArchivedAt == null
                        && !db.EmailPreferences.Any(p => p.ContactId == c.Id && p.Category == EmailCategory.AdoptionDigest && !p.Subscribed))
                    .Select(c => c.Locale).ToListAsync();
                Assert.True(subscribed.Count >= 10, $"only {subscribed.Count} demo contacts get the digest");
                Assert.Equal(Locales.Supported.Order(), subscribed.Distinct().Order());
            }

            var output = new StringWriter();
            Assert.Equal(0, await ProgramsCommand.RunAsync(portal.Services, ["run", "weekly-digest", "--deliver"], output));

            var files = Directory.GetFiles(folder, "*.eml");
            Assert.True(files.Length >= 10, output.ToString());
            var subjects = files.Select(f => MimeKit.MimeMessage.Load(f).Subject ?? "").ToList();
            Assert.Contains(subjects, s => s.StartsWith("Your week on Adoption", StringComparison.Ordinal));
            Assert.Contains(subjects, s => s.StartsWith("Viikkosi Adoptionissa", StringComparison.Ordinal));
            Assert.Contains("Delivered: ", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private sealed class PickupPortal(string folder) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:PickupDirectory", folder);
        }
    }
}
