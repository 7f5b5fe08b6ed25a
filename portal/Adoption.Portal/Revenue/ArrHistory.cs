using Adoption.Portal.Domain.Revenue;

namespace Adoption.Portal.Revenue;

/// <summary>Reads an account's ARR on a date from its change rows: the last one in effect by then.</summary>
public static class ArrHistory
{
    /// <summary>The row in effect at the end of <paramref name="day"/>, or null when the account had no ARR yet.</summary>
    public static ArrChange? On(IEnumerable<ArrChange> changes, DateOnly day) => changes
        .Where(c => c.EffectiveOn <= day)
        .OrderBy(c => c.EffectiveOn).ThenBy(c => c.RecordedAt).ThenBy(c => c.Id)
        .LastOrDefault();

    /// <summary>The row in effect as <paramref name="day"/> begins (changes dated that day not yet applied).</summary>
    public static ArrChange? Before(IEnumerable<ArrChange> changes, DateOnly day) => On(changes, day.AddDays(-1));
}
