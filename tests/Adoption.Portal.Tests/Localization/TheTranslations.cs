using System.Text.RegularExpressions;
using System.Xml.Linq;
using Adoption.Portal.Domain.Accounts;

namespace Adoption.Portal.Tests.Localization;

/// <summary>
/// Every string a page or page model shows through a localizer has a Finnish, Italian and
/// Simplified Chinese translation, and every enum shown to people has a name in all four languages.
/// </summary>
public sealed partial class TheTranslations
{
    private static readonly string[] Languages = ["fi", "it", "zh-Hans"];
    private static readonly string Portal = Path.Combine(Repo.Root, "portal", "Adoption.Portal");

    public static TheoryData<string> Views() => new(Directory.GetFiles(Path.Combine(Portal, "Pages"), "*.cshtml", SearchOption.AllDirectories)
        .Where(f => ViewKey().IsMatch(File.ReadAllText(f)))
        .Select(f => Path.GetRelativePath(Portal, f)));

    [Theory]
    [MemberData(nameof(Views))]
    public void CoverEveryStringOfView(string view)
    {
        var keys = ViewKey().Matches(File.ReadAllText(Path.Combine(Portal, view))).Select(m => Unescape(m.Groups[1].Value)).ToHashSet();
        var resource = Path.ChangeExtension(view, null);
        AssertTranslated(resource, keys);
    }

    public static TheoryData<string> SharedKeyFiles() => new(Directory.GetFiles(Portal, "*.cshtml", SearchOption.AllDirectories)
        .Concat(Directory.GetFiles(Portal, "*.cs", SearchOption.AllDirectories))
        .Where(f => SharedKey().IsMatch(File.ReadAllText(f)))
        .Select(f => Path.GetRelativePath(Portal, f)));

    [Theory]
    [MemberData(nameof(SharedKeyFiles))]
    public void CoverEverySharedStringUsedIn(string file)
    {
        var keys = SharedKey().Matches(File.ReadAllText(Path.Combine(Portal, file))).Select(m => Unescape(m.Groups[1].Value)).ToHashSet();
        AssertTranslated(Path.Combine("Web", "SharedResource"), keys);
    }

    public static TheoryData<string> ModelsWithLocalizers() => new(Directory.GetFiles(Portal, "*.cs", SearchOption.AllDirectories)
        .Where(f => ModelLocalizer().IsMatch(File.ReadAllText(f)))
        .Select(f => Path.GetRelativePath(Portal, f)));

    [Theory]
    [MemberData(nameof(ModelsWithLocalizers))]
    public void CoverEveryStringOfPageModel(string file)
    {
        var source = File.ReadAllText(Path.Combine(Portal, file));
        var type = ModelLocalizer().Match(source).Groups[1].Value;
        var keys = CodeKey().Matches(source).Select(m => Unescape(m.Groups[1].Value)).ToHashSet();
        AssertTranslated(Path.Combine(Path.GetDirectoryName(file)!, type), keys);
    }

    [Fact]
    public void NameEveryEnumValueInAllFourLanguages()
    {
        var enums = typeof(Account).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && (t.Namespace!.StartsWith("Adoption.Portal.Domain", StringComparison.Ordinal) || t.Namespace == "Adoption.Portal.Health"));
        var keys = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}.{n}")).ToHashSet();
        var english = Read(Path.Combine("Web", "SharedResource"), null);
        Assert.Empty(keys.Except(english.Keys));
        AssertTranslated(Path.Combine("Web", "SharedResource"), keys);
    }

    [Fact]
    public void CoverEveryHealthReason() =>
        AssertTranslated(Path.Combine("Health", "HealthScorer"), Adoption.Portal.Health.HealthReasons.All.ToHashSet());

    private static void AssertTranslated(string resource, HashSet<string> keys)
    {
        foreach (var language in Languages)
        {
            var translations = Read(resource, language);
            var missing = keys.Where(k => !translations.TryGetValue(k, out var v) || string.IsNullOrWhiteSpace(v)).ToList();
            Assert.True(missing.Count == 0, $"Resources/{resource}.{language}.resx lacks: {string.Join(" | ", missing)}");
        }
    }

    private static Dictionary<string, string> Read(string resource, string? language)
    {
        var path = Path.Combine(Portal, "Resources", resource + (language is null ? "" : "." + language) + ".resx");
        return File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
            : [];
    }

    private static string Unescape(string key) => key.Replace("\\\"", "\"", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![\w.])L\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex ViewKey();

    [GeneratedRegex(@"(?<![\w.])S\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex SharedKey();

    [GeneratedRegex(@"IStringLocalizer<(\w+)>")]
    private static partial Regex ModelLocalizer();

    [GeneratedRegex(@"localizer\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex CodeKey();
}
