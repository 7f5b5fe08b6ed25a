using System.Security.Cryptography;

namespace Adoption.Portal.Domain.Training;

internal enum ModuleDoneOutcome
{
    Recorded = 0,
    AlreadyDone = 1,
    /// <summary>The last module: the path is complete and the certificate issued.</summary>
    PathCompleted = 2,
}

/// <summary>A person works through a path module by module; finishing the last one earns the certificate.</summary>
internal static class EnrolmentProgress
{
    /// <summary>Records <paramref name="moduleId"/> as done. <paramref name="pathModuleIds"/> are all the
    /// path's modules: when every one is done the enrolment completes and gets a certificate code.</summary>
    public static ModuleDoneOutcome MarkDone(this Enrolment enrolment, int moduleId, IReadOnlyCollection<int> pathModuleIds, DateTime now, DateOnly? usedOn = null)
    {
        if (!pathModuleIds.Contains(moduleId))
        {
            throw new ArgumentException($"Module {moduleId} is not part of path {enrolment.PathId}.", nameof(moduleId));
        }

        if (enrolment.Completions.Any(c => c.ModuleId == moduleId))
        {
            return ModuleDoneOutcome.AlreadyDone;
        }

        enrolment.Completions.Add(new ModuleCompletion { ModuleId = moduleId, CompletedAt = now, UsedOn = usedOn });
        if (enrolment.CompletedAt is not null || !pathModuleIds.All(id => enrolment.Completions.Any(c => c.ModuleId == id)))
        {
            return ModuleDoneOutcome.Recorded;
        }

        enrolment.CompletedAt = now;
        enrolment.CertificateCode = CertificateCodes.New();
        return ModuleDoneOutcome.PathCompleted;
    }

    /// <summary>When a certificate earned at <paramref name="completedAt"/> expires; null when it never does.</summary>
    public static DateTime? ExpiresAt(DateTime? completedAt, int? validMonths) =>
        completedAt is { } at && validMonths is > 0 and var months ? at.AddMonths(months) : null;

    /// <summary>Share of the path done, 0..100.</summary>
    public static int Percent(int done, int total) => total == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(done, total) / total);
}

/// <summary>Certificate verification codes: short enough to read out, random enough not to guess.</summary>
public static class CertificateCodes
{
    // Crockford's alphabet: no I, L, O or U, so a code read aloud or retyped stays unambiguous.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>"AD-" and three groups of four characters: 60 random bits.</summary>
    public static string New()
    {
        Span<char> chars = stackalloc char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"AD-{new string(chars[..4])}-{new string(chars[4..8])}-{new string(chars[8..])}";
    }
}
