using Adoption.Portal.Domain.Attention;

namespace Adoption.Portal.Attention;

/// <summary>
/// The attention budget of many people at once, for a program run over thousands of contacts: their
/// recent touches are read by <see cref="AttentionBudget.ReadIntoAsync"/> in a few keyed queries per chunk,
/// and each check is then made in memory by <see cref="AttentionRules.Check"/>, the same rule as
/// <see cref="AttentionBudget.CheckAsync"/>. A touch the run makes is <see cref="Count">counted</see>
/// here at once, so the next check of the same person sees it before it is saved.
/// </summary>
public sealed class AttentionLedger
{
    private readonly AttentionLimits limits;
    private readonly HashSet<long> read = [];
    private readonly Dictionary<int, List<AttentionTouch>> byContact = [];
    private readonly Dictionary<(int Account, string User), List<AttentionTouch>> byUser = [];
    private readonly Dictionary<int, List<AttentionTouch>> interruptingByAccount = [];

    internal AttentionLedger(AttentionLimits limits, DateTime now, IEnumerable<AttentionTouch> interrupting)
    {
        (this.limits, Now) = (limits, now);
        foreach (var touch in interrupting.Where(t => read.Add(t.Id)))
        {
            ListOf(interruptingByAccount, touch.AccountId).Add(touch);
        }
    }

    /// <summary>The time the checks are made at: the start of the run.</summary>
    internal DateTime Now { get; }

    public AttentionVerdict Check(AttentionRequest request) => AttentionRules.Check(limits, RecentOf(request.Subject), request, Now);

    /// <summary>Counts a touch the caller is about to make (it saves its own entity) for the checks that follow.</summary>
    public void Count(AttentionRequest request, string source)
    {
        var touch = AttentionBudget.TouchFor(request, source, Now);
        FilePersonal(touch);
        if (touch.Class == AttentionClass.Interrupting)
        {
            ListOf(interruptingByAccount, touch.AccountId).Add(touch);
        }
    }

    /// <summary>Adds people's touches read from the database; a touch read before (by contact, then by user ID) is kept once.</summary>
    internal void File(IEnumerable<AttentionTouch> touches)
    {
        foreach (var touch in touches.Where(t => read.Add(t.Id)))
        {
            FilePersonal(touch);
        }
    }

    /// <summary>What <see cref="AttentionBudget.LoadRecentAsync"/> would read for <paramref name="subject"/>.</summary>
    private List<AttentionTouch> RecentOf(AttentionSubject subject)
    {
        var recent = new HashSet<AttentionTouch>(ReferenceEqualityComparer.Instance);
        if (subject.ContactId is { } contact && byContact.TryGetValue(contact, out var mine))
        {
            recent.UnionWith(mine.Where(t => t.AccountId == subject.AccountId));
        }

        if (subject.UserId is { } user && byUser.TryGetValue((subject.AccountId, user), out var theirs))
        {
            recent.UnionWith(theirs);
        }

        if (interruptingByAccount.TryGetValue(subject.AccountId, out var account))
        {
            recent.UnionWith(account);
        }

        return [.. recent];
    }

    private void FilePersonal(AttentionTouch touch)
    {
        if (touch.ContactId is { } contact)
        {
            ListOf(byContact, contact).Add(touch);
        }

        if (touch.UserId is { } user)
        {
            ListOf(byUser, (touch.AccountId, user)).Add(touch);
        }
    }

    private static List<AttentionTouch> ListOf<TKey>(Dictionary<TKey, List<AttentionTouch>> index, TKey key) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        return list;
    }
}
