using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>Training texts in the reader's language: the page's language, else the account's, else English.</summary>
public sealed class TrainingCopy(params string?[] locales)
{
    public IReadOnlyList<string?> Locales => locales;

    public static async Task<TrainingCopy> ForAsync(AdoptionDb db, int accountId) =>
        new(CultureInfo.CurrentUICulture.Name, await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Language).SingleOrDefaultAsync());

    public LocalText Of(TrainingPath path) => TrainingLanguage.Pick(path.Texts, path.Title, path.Description, locales);

    public string Of(TrainingModule module) => TrainingLanguage.Pick(module.Texts, module.Title, null, locales).Title;

    public string Of(IReadOnlyDictionary<string, string> texts) => TrainingLanguage.Pick(texts, locales);
}
