using Adoption.Portal.Domain.Languages;

namespace Adoption.Portal.Tests.Localization;

/// <summary>The rule behind every authored text a reader sees: their language, their account's, then the English original.</summary>
public sealed class TheAuthoredTextChoice
{
    private static readonly Dictionary<string, LocalText> Texts = new()
    {
        ["it"] = new("Collegare l'ERP", "Descrizione"),
        ["zh-Hans"] = new("连接 ERP"),
        ["fi"] = new("  ", "Kuvaus ilman otsikkoa"),
    };

    [Theory]
    [InlineData("it", "zh-Hans", "Collegare l'ERP", "Descrizione")]       // the reader's own language
    [InlineData("fi", "zh-Hans", "连接 ERP", "Connect your ERP to us.")]   // a blank title is not written: the account's, with the English description
    [InlineData("fi", "en", "Connect the ERP", "Connect your ERP to us.")] // neither: the original
    [InlineData("en", "zh-Hans", "Connect the ERP", "Connect your ERP to us.")] // an English reader gets the original at a Chinese account
    [InlineData(null, "it", "Collegare l'ERP", "Descrizione")]
    public void TakesTheFirstLanguageTheTextIsWrittenIn(string? reader, string account, string title, string description) =>
        Assert.Equal(new LocalText(title, description), AuthoredText.Pick(Texts, "Connect the ERP", "Connect your ERP to us.", [reader, account]));

    [Fact]
    public void GivesAMetricItsTranslatedNameAndTheOriginalUnitWhereTheUnitIsNotTranslated() =>
        Assert.Equal(new MetricText("Viikoittain aktiiviset", "people"),
            AuthoredText.Pick(new Dictionary<string, MetricText> { ["fi"] = new("Viikoittain aktiiviset") }, "Weekly active", "people", ["fi"]));

    [Fact]
    public void ReadsAMissingDictionaryAsTheOriginal() =>
        Assert.Equal(new LocalText("Connect the ERP"), AuthoredText.Pick((IReadOnlyDictionary<string, LocalText>?)null, "Connect the ERP", null, ["fi", "it"]));
}
