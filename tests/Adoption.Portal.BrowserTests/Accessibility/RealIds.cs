using Adoption.Testing;
using System.Globalization;
using System.Security.Claims;
using Adoption.Portal.Data;
using Adoption.Portal.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Adoption.Portal.BrowserTests.Accessibility;

/// <summary>
/// Candidate ids for a route's <c>{id}</c>: rows of the entity its URL names ("milestones" → Milestone,
/// "write-keys" → WriteKey), read through the tenancy filters as the signed-in person would see them.
/// The caller tries them in order until the page answers (internal or unfinished items answer 404).
/// </summary>
public static class RealIds
{
    // URL words that do not name their entity.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paths"] = "TrainingPath",
        ["certificates"] = "Enrolment",
        ["modules"] = "TrainingModule",
        ["metrics"] = "OutcomeMetric",
        ["comments"] = "PlanComment",
        ["features"] = "KeyFeature",
        ["reviews"] = "Account",
        ["value"] = "ValueEntry",
        ["templates"] = "PlanTemplate",
        ["training-paths"] = "TrainingPath",
        ["training-modules"] = "TrainingModule",
        ["nudges"] = "Engagement",
        ["surveys"] = "Engagement",
        ["quizzes"] = "TrainingModule",
    };

    public static async Task<IReadOnlyList<int>> CandidatesAsync(string databasePath, int? accountId, string? segment, int max = 25)
    {
        await using var db = DbAs(databasePath, accountId);
        var entity = EntityFor(db.Model, segment)
            ?? throw new InvalidOperationException($"No entity matches the URL segment \"{segment}\": add it to {nameof(RealIds)}.{nameof(Aliases)}.");
        var method = typeof(RealIds).GetMethod(nameof(IdsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity.ClrType);
        return await (Task<List<int>>)method.Invoke(null, [db, max])!;
    }

    private static Task<List<int>> IdsOf<T>(AdoptionDb db, int max) where T : class =>
        db.Set<T>().AsNoTracking().Select(e => EF.Property<int>(e, "Id")).OrderBy(id => id).Take(max).ToListAsync();

    private static IEntityType? EntityFor(IModel model, string? segment)
    {
        if (segment is null)
        {
            return null;
        }

        var name = Aliases.TryGetValue(segment, out var alias) ? alias : Singular(Pascal(segment));
        var types = model.GetEntityTypes().Where(t => !t.IsOwned() && t.FindProperty("Id")?.ClrType == typeof(int)).ToList();
        return types.FirstOrDefault(t => t.ClrType.Name == name) ?? types.FirstOrDefault(t => t.ClrType.Name.EndsWith(name, StringComparison.Ordinal));
    }

    private static string Pascal(string segment) =>
        string.Concat(segment.Split('-', '_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    // The same context the portal gives this person: a customer sees only their account's rows.
    private static SqliteAdoptionDb DbAs(string databasePath, int? accountId) =>
        TenantDb.As(databasePath, accountId, accountId is null ? Roles.Csm : Roles.CustomerAdmin);
}
