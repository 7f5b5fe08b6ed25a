using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Email;

namespace Adoption.Portal.Tests.Email;

public sealed class TheEmailTemplates
{
    private static readonly string Folder = Path.Combine(Repo.Root, "email-templates");
    private static readonly EmailTemplates Templates = new(Folder);

    public static TheoryData<string> Emails() => new(Directory.GetDirectories(Folder).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Emails))]
    public void ExistInEveryLanguageWithTheSamePlaceholders(string email)
    {
        foreach (var extension in new[] { "txt", "html" })
        {
            var english = EmailTemplates.PlaceholdersIn(File.ReadAllText(Path.Combine(Folder, email, $"en.{extension}")));
            Assert.NotEmpty(english);
            foreach (var locale in Locales.Supported)
            {
                var path = Path.Combine(Folder, email, $"{locale}.{extension}");
                Assert.True(File.Exists(path), $"{path} is missing");
                Assert.Equal(english.Order(), EmailTemplates.PlaceholdersIn(File.ReadAllText(path)).Order());
            }
        }
    }

    [Fact]
    public void EncodesValuesInHtmlButNotInText()
    {
        var email = Templates.Render("invitation", "en", Values("Tom & <Jerry>"));

        Assert.Equal("Anna Berg invited you to Tom & <Jerry> on Adoption", email.Subject);
        Assert.Contains("join Tom & <Jerry> on Adoption", email.Text, StringComparison.Ordinal);
        Assert.Contains("<strong>Tom &amp; &lt;Jerry&gt;</strong>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.Text + email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void UsesTheInviteesLanguageAndFallsBackToEnglish()
    {
        Assert.StartsWith("Anna Berg kutsui sinut", Templates.Render("invitation", "fi", Values("Aurora")).Subject, StringComparison.Ordinal);
        Assert.StartsWith("Anna Berg invited you", Templates.Render("invitation", "sv", Values("Aurora")).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesToRenderWithAMissingValue()
    {
        var values = Values("Aurora");
        values.Remove("link");
        Assert.Throws<KeyNotFoundException>(() => Templates.Render("invitation", "en", values));
    }

    private static Dictionary<string, string> Values(string account) => new()
    {
        ["name"] = "Ada", ["inviter"] = "Anna Berg", ["account"] = account,
        ["link"] = "https://portal.example/invitations/x", ["expires"] = "30/11/2026",
    };
}
