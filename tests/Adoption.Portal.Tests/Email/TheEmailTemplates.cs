using System.Text.RegularExpressions;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Email;

namespace Adoption.Portal.Tests.Email;

public sealed partial class TheEmailTemplates
{
    private static readonly string Folder = Path.Combine(Repo.Root, "email-templates");
    private static readonly EmailTemplates Templates = new(Folder);

    public static TheoryData<string> Emails() => new(Templates.Names);

    public static TheoryData<string, string> EmailsInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var email in Templates.Names)
        {
            foreach (var locale in Locales.Supported)
            {
                data.Add(email, locale);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Emails))]
    public void ExistInEveryLanguageWithTheSamePlaceholdersAndTranslatedText(string email)
    {
        foreach (var extension in new[] { "txt", "html" })
        {
            var englishText = File.ReadAllText(Path.Combine(Folder, email, $"en.{extension}"));
            var english = Variables(englishText);
            Assert.NotEmpty(english);
            foreach (var locale in Locales.Supported)
            {
                var path = Path.Combine(Folder, email, $"{locale}.{extension}");
                Assert.True(File.Exists(path), $"{path} is missing");
                var text = File.ReadAllText(path);
                Assert.Equal(english.Order(), Variables(text).Order());
                if (locale != "en")
                {
                    Assert.True(text != englishText, $"{path} is the English text, not translated");
                }
            }
        }
    }

    /// <summary>Every email in every language, with the layout: nothing of the template syntax left,
    /// no value missing (the templates are strict), the right language, and a plain-text twin.</summary>
    [Theory]
    [MemberData(nameof(EmailsInEveryLanguage))]
    public void RenderEveryEmailInEveryLanguageWithTheLayout(string email, string locale)
    {
        var rendered = Templates.Render(email, locale, Sample(email));

        foreach (var part in new[] { rendered.Subject, rendered.Text, rendered.Html })
        {
            Assert.False(string.IsNullOrWhiteSpace(part));
            Assert.DoesNotMatch(@"\{\{|\}\}|\{%|%\}|zzliquid", part);
        }

        Assert.Contains($"<html lang=\"{locale}\">", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", rendered.Html, StringComparison.Ordinal);
        // The layout's CSS went into style attributes; only the phone-width rules stay in a <style>.
        Assert.Contains("<body style=", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(".card { max-width", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("@media", rendered.Html, StringComparison.Ordinal);
        var footer = File.ReadAllText(Path.Combine(Folder, EmailTemplates.LayoutFolder, $"{locale}.txt")).Split('\n')[1];
        Assert.Contains(footer, rendered.Text, StringComparison.Ordinal);
        Assert.Contains(footer, rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void LoopsAndConditionsShowEachItemOrADashWhenThereIsNone()
    {
        var model = Sample("weekly-digest");
        var some = Templates.Render("weekly-digest", "en", model);
        Assert.Contains("• Reports: Reporting basics https://portal.example/training/1", some.Text, StringComparison.Ordinal);
        Assert.Contains("• Alerts\n", some.Text, StringComparison.Ordinal);
        Assert.Contains(">Reporting basics</a>", some.Html, StringComparison.Ordinal);

        model["unused"] = new List<object?>();
        var none = Templates.Render("weekly-digest", "en", model);
        Assert.Contains("teaches them:\n—\n", none.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reporting basics", none.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void EncodesValuesInHtmlButNotInText()
    {
        var email = Templates.Render("invitation", "en", Values("Tom & <Jerry>"));

        Assert.Equal("Anna Berg invited you to Tom & <Jerry> on Adoption", email.Subject);
        Assert.Contains("join Tom & <Jerry> on Adoption", email.Text, StringComparison.Ordinal);
        Assert.Contains("<strong>Tom &amp; &lt;Jerry&gt;</strong>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Anna Berg invited you to Tom &amp; &lt;Jerry&gt; on Adoption</title>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", email.Text + email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsLettersOfEveryScriptAsLetters()
    {
        var email = Templates.Render("invitation", "zh-Hans", Values("北京物流"));

        Assert.Contains("北京物流", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", email.Html, StringComparison.Ordinal);
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
        Assert.Throws<MissingTemplateValueException>(() => Templates.Render("invitation", "en", values));
        var digest = Sample("weekly-digest");
        ((List<object?>)digest["unused"]!)[0] = new Dictionary<string, object?> { ["feature"] = "Reports" };
        Assert.Throws<MissingTemplateValueException>(() => Templates.Render("weekly-digest", "en", digest));
    }

    [Fact]
    public void AWholeDocumentTemplateIsUsedWithoutTheLayout()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adoption-tests", "templates-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(Folder, folder);
            Directory.CreateDirectory(Path.Combine(folder, "old-style"));
            File.WriteAllText(Path.Combine(folder, "old-style", "en.txt"), "Subject: Hi {{name}}\n\nHello {{name}}.\n");
            File.WriteAllText(Path.Combine(folder, "old-style", "en.html"),
                "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head><body style=\"margin:0\"><p>Hello {{ name }}.</p></body></html>");

            var email = new EmailTemplates(folder).Render("old-style", "en", new Dictionary<string, string> { ["name"] = "Ada" });

            Assert.Equal("Hi Ada", email.Subject);
            Assert.StartsWith("Hello Ada.\n", email.Text, StringComparison.Ordinal);
            Assert.Contains("<p>Hello Ada.</p>", email.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"card\"", email.Html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> Values(string account) => new()
    {
        ["name"] = "Ada", ["inviter"] = "Anna Berg", ["account"] = account,
        ["link"] = "https://portal.example/invitations/x", ["expires"] = "30/11/2026",
    };

    /// <summary>A value for every variable an email uses: the lists of the program emails by hand, every
    /// other <c>{{ name }}</c> as a sample text (so a new email is covered as soon as its folder exists).</summary>
    private static Dictionary<string, object?> Sample(string email)
    {
        var model = new Dictionary<string, object?>();
        foreach (var locale in Locales.Supported)
        {
            foreach (var extension in new[] { "txt", "html" })
            {
                foreach (var name in EmailTemplates.PlaceholdersIn(File.ReadAllText(Path.Combine(Folder, email, $"{locale}.{extension}"))))
                {
                    model[name] = name is "link" or "unsubscribe" ? $"https://portal.example/{name}" : $"sample {name}";
                }
            }
        }

        model["unused"] = new List<object?>
        {
            new Dictionary<string, object?> { ["feature"] = "Reports", ["module"] = "Reporting basics", ["link"] = "https://portal.example/training/1" },
            new Dictionary<string, object?> { ["feature"] = "Alerts", ["module"] = null, ["link"] = null },
        };
        model["milestones"] = new List<object?> { new Dictionary<string, object?> { ["due"] = "1.12.2026", ["title"] = "Go live" } };
        model["top"] = new List<object?> { new Dictionary<string, object?> { ["outcome"] = "Fewer tickets", ["value"] = "12,000 EUR" } };
        return model;
    }

    /// <summary>Every variable a template refers to: <c>{{ x }}</c>, <c>{{ x.y }}</c> and the lists of <c>{% for … in x %}</c>.</summary>
    private static HashSet<string> Variables(string template) =>
        [.. Output().Matches(template).Select(m => m.Groups[1].Value), .. Loop().Matches(template).Select(m => m.Groups[1].Value)];

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"\{\{\s*([\w.]+)")]
    private static partial Regex Output();

    [GeneratedRegex(@"\{%\s*for\s+\w+\s+in\s+([\w.]+)")]
    private static partial Regex Loop();
}
