using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Languages;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;

namespace Adoption.Portal.Languages;

/// <summary>
/// Authored texts (plans, key features, training) in one reader's languages, most preferred first: the
/// person's own, then their account's; English, the original, after those.
/// </summary>
public sealed class Wording(params string?[] locales)
{
    /// <summary>The original English texts.</summary>
    public static readonly Wording English = new();

    public IReadOnlyList<string?> Locales => locales;

    /// <summary>For the signed-in customer: the page's language (theirs), then the account's.</summary>
    public static async Task<Wording> ForAsync(AdoptionDb db, int accountId, CancellationToken cancellationToken = default) =>
        new(CultureInfo.CurrentUICulture.Name,
            await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Language).SingleOrDefaultAsync(cancellationToken));

    public LocalText Of(IReadOnlyDictionary<string, LocalText>? texts, string title, string? description = null) =>
        AuthoredText.Pick(texts, title, description, locales);

    public MetricText Of(IReadOnlyDictionary<string, MetricText>? texts, string name, string? unit) =>
        AuthoredText.Pick(texts, name, unit, locales);

    public string Of(IReadOnlyDictionary<string, string> texts) => AuthoredText.Pick(texts, locales);

    public LocalText Of(TrainingPath path) => Of(path.Texts, path.Title, path.Description);

    public string Of(TrainingModule module) => Of(module.Texts, module.Title).Title;

    public LocalText Of(KeyFeature feature) => Of(feature.Texts, feature.Name, feature.Description);

    public string Of(Milestone milestone) => Of(milestone.Texts, milestone.Title).Title;

    public LocalText Of(Objective objective) => Of(objective.Texts, objective.Title, objective.Description);

    public MetricText Of(OutcomeMetric metric) => Of(metric.Texts, metric.Name, metric.Unit);
}
