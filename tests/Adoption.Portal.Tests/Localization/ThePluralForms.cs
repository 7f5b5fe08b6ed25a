using System.Globalization;
using System.Xml.Linq;
using Adoption.Portal.Web;

namespace Adoption.Portal.Tests.Localization;

/// <summary>Counted things read right in every language: "1 certificate", "2 certificates", "1 todistus", "2 todistusta", "1 certificato", "2 张证书".</summary>
public sealed class ThePluralForms
{
    private const string Certificates = "{0, plural, one {# certificate} other {# certificates}}";

    [Theory]
    [InlineData("en", Certificates, 1, "1 certificate")]
    [InlineData("en", Certificates, 2, "2 certificates")]
    [InlineData("en", Certificates, 0, "0 certificates")]
    [InlineData("en", Certificates, 1200, "1,200 certificates")]
    [InlineData("fi", "{0, plural, one {# todistus} other {# todistusta}}", 1, "1 todistus")]
    [InlineData("fi", "{0, plural, one {# todistus} other {# todistusta}}", 3, "3 todistusta")]
    [InlineData("fi", "{0, plural, one {# todistus} other {# todistusta}}", 1200, "1\u00a0200 todistusta")]
    [InlineData("it", "{0, plural, one {# certificato} other {# certificati}}", 1, "1 certificato")]
    [InlineData("it", "{0, plural, one {# certificato} other {# certificati}}", 0, "0 certificati")]
    [InlineData("it", "{0, plural, one {# certificato} other {# certificati}}", 1200, "1.200 certificati")]
    [InlineData("zh-Hans", "{0, plural, other {# 张证书}}", 1, "1 张证书")]
    [InlineData("zh-Hans", "{0, plural, other {# 张证书}}", 5, "5 张证书")]
    public void ChoosesTheFormOfTheLanguage(string language, string message, int count, string expected) =>
        Assert.Equal(expected, Plural.Format(CultureInfo.GetCultureInfo(language), message, count));

    [Fact]
    public void TakesAnExactFormBeforeTheCategoryAndFormatsTheOtherArguments()
    {
        var message = "{0} of {1, plural, =0 {no people} one {# person} other {# people}} active";
        var english = CultureInfo.GetCultureInfo("en");

        Assert.Equal("0 of no people active", Plural.Format(english, message, 0, 0));
        Assert.Equal("1 of 1 person active", Plural.Format(english, message, 1, 1));
        Assert.Equal("3 of 12 people active", Plural.Format(english, message, 3, 12));
    }

    [Fact]
    public void LeavesAMessageWithoutPluralsAsStringFormatWould() =>
        Assert.Equal("Renewal in 45 days, on 1/2/2027.", Plural.Format(CultureInfo.GetCultureInfo("en"), "Renewal in {0} days, on {1}.", 45, "1/2/2027"));

    [Fact]
    public void CountsOneAsOneInFinnishAndItalianButNotInChinese()
    {
        Assert.Equal("one", Plural.Category(CultureInfo.GetCultureInfo("fi"), 1));
        Assert.Equal("one", Plural.Category(CultureInfo.GetCultureInfo("it"), 1));
        Assert.Equal("other", Plural.Category(CultureInfo.GetCultureInfo("it"), 1.5m));
        Assert.Equal("other", Plural.Category(CultureInfo.GetCultureInfo("zh-Hans"), 1));
    }

    public static TheoryData<string, string> PluralTranslations()
    {
        var data = new TheoryData<string, string>();
        var resources = Path.Combine(Repo.Root, "portal", "Adoption.Portal", "Resources");
        foreach (var file in Directory.GetFiles(resources, "*.resx", SearchOption.AllDirectories))
        {
            foreach (var entry in XDocument.Load(file).Root!.Elements("data").Where(d => ((string)d.Attribute("name")!).Contains(", plural,", StringComparison.Ordinal)))
            {
                data.Add(Path.GetRelativePath(resources, file), (string)entry.Attribute("name")!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PluralTranslations))]
    public void GivesEveryTranslatedPluralTheFormsItsLanguageNeeds(string file, string key)
    {
        var language = file.Split('.')[^2];
        var culture = CultureInfo.GetCultureInfo(language is "resx" ? "en" : language);
        var value = (string)XDocument.Load(Path.Combine(Repo.Root, "portal", "Adoption.Portal", "Resources", file)).Root!.Elements("data")
            .Single(d => (string)d.Attribute("name")! == key).Element("value")!;

        Assert.Contains(", plural,", value, StringComparison.Ordinal);
        Assert.Contains("other {", value, StringComparison.Ordinal);
        if (language is "fi" or "it")
        {
            Assert.Contains("one {", value, StringComparison.Ordinal);
        }

        // Every count reads without an exception and without a leftover brace.
        foreach (var n in new[] { 0, 1, 2, 5, 21 })
        {
            var text = Plural.Format(culture, value, n, n, n, n);
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        }
    }
}
