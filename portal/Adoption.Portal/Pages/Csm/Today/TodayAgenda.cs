using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Health.Today;
using Adoption.Portal.Revenue;

namespace Adoption.Portal.Pages.Csm.Today;

public sealed record RenewalItem(DateOnly RenewalDate, DateTime? LastOutreach);
public sealed record MilestoneItem(int Id, string Title, OwnerSide Owner, DateOnly DueDate);
public sealed record DetractorItem(int Id, int Score, string? Comment, string? Person, DateTime RespondedAt);
/// <param name="LeftAt">When they left; null when they are still there but their email bounces.</param>
public sealed record ChampionItem(int ContactId, string Person, ContactRole Role, DateTime? LeftAt);
public sealed record TicketItem(int Id, string Subject, TicketPriority Priority, DateTime OpenedAt);
public sealed record SignOffItem(int Id, string Outcome, DateOnly AchievedOn, bool CustomerSigned);

/// <summary>
/// One thing that needs the CSM. <see cref="Key"/> names it across days (a renewal by its date, a
/// milestone by its due date, so moving either brings it back), for snoozing, dismissing or finishing it.
/// </summary>
public sealed record TodayItem(string Key, int AccountId, string Account, decimal Arr, string Currency, double Urgency, double Priority, object What)
{
    public TodayItemState? State { get; init; }
}

/// <summary>An account's items, for the list grouped per account.</summary>
public sealed record TodayGroup(int AccountId, string Account, decimal Arr, string Currency, IReadOnlyList<TodayItem> Items)
{
    public double Priority => Items.Sum(i => i.Priority);
}

/// <summary>
/// What needs a CSM today, in one list ordered by ARR × urgency (<see cref="TodayRanking"/>). The
/// windows follow the playbook: renewal outreach starts 120 days out and counts contact in the last 60;
/// detractors from the last 14 days are new; a champion or sponsor who left in the last 30 days, or
/// whose email bounces, is a change to act on. Items the CSM snoozed (until their day), dismissed or
/// did are set aside.
/// </summary>
public sealed class TodayAgenda(AdoptionDb db, RevenueOptions revenue)
{
    public const int RenewalWindowDays = 120;
    public const int OutreachWindowDays = 60;
    public const int DetractorWindowDays = 14;
    public const int ChampionWindowDays = 30;

    /// <summary>What needs doing, most pressing first.</summary>
    public IReadOnlyList<TodayItem> Items { get; private set; } = [];
    /// <summary>Snoozed, dismissed or done items that would otherwise be on the list.</summary>
    public IReadOnlyList<TodayItem> SetAside { get; private set; } = [];

    public IReadOnlyList<TodayGroup> Groups() => Items.GroupBy(i => i.AccountId)
        .Select(g => new TodayGroup(g.Key, g.First().Account, g.First().Arr, g.First().Currency, g.ToList()))
        .OrderByDescending(g => g.Priority).ToList();

    /// <param name="csmUserId">Only this CSM's accounts; null for every account.</param>
    public async Task LoadAsync(string? csmUserId, DateTime now, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(now);
        var accounts = db.Accounts.AsNoTracking().Where(a => a.ArchivedAt == null && (csmUserId == null || a.CsmUserId == csmUserId));
        // Each kind is read on its own selective index (due dates, recent answers, recent departures…) and
        // only then matched to the CSM's accounts: joining first would walk every account of a big book.
        var found = new List<(string Key, int AccountId, double Urgency, object What)>();

        var renewalEnd = today.AddDays(RenewalWindowDays);
        var outreachSince = now.AddDays(-OutreachWindowDays);
        foreach (var r in await accounts
            .Where(a => a.RenewalDate >= today && a.RenewalDate <= renewalEnd && !db.Touchpoints.Any(t => t.AccountId == a.Id && t.OccurredAt >= outreachSince))
            .Select(a => new { a.Id, a.RenewalDate, Last = db.Touchpoints.Where(t => t.AccountId == a.Id).Max(t => (DateTime?)t.OccurredAt) })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"renewal:{r.Id}:{r.RenewalDate:yyyy-MM-dd}", r.Id, TodayRanking.Renewal(r.RenewalDate.DayNumber - today.DayNumber), new RenewalItem(r.RenewalDate, r.Last)));
        }

        foreach (var m in await db.Milestones.AsNoTracking()
            // The open statuses one by one: SQLite seeks the (Status, DueDate) index for each, where
            // "not done" would read the whole index, every finished milestone of every plan included.
            .Where(m => (m.Status == MilestoneStatus.NotStarted || m.Status == MilestoneStatus.InProgress || m.Status == MilestoneStatus.Blocked)
                && m.DueDate < today)
            .Select(m => new { m.Id, m.Title, m.Owner, Due = m.DueDate!.Value, m.Objective!.Plan!.AccountId })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"milestone:{m.Id}:{m.Due:yyyy-MM-dd}", m.AccountId,
                TodayRanking.OverdueMilestone(today.DayNumber - m.Due.DayNumber, m.Owner), new MilestoneItem(m.Id, m.Title, m.Owner, m.Due)));
        }

        var detractorsSince = now.AddDays(-DetractorWindowDays);
        foreach (var d in await db.NpsResponses.AsNoTracking()
            .Where(n => n.Score <= 6 && n.RespondedAt >= detractorsSince)
            .Select(n => new { n.Id, n.AccountId, n.Score, n.Comment, n.RespondedAt, Person = db.Contacts.Where(c => c.Id == n.ContactId).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"nps:{d.Id}", d.AccountId, TodayRanking.Detractor(d.Score), new DetractorItem(d.Id, d.Score, d.Comment, d.Person, d.RespondedAt)));
        }

        var leftSince = now.AddDays(-ChampionWindowDays);
        foreach (var c in await db.Contacts.AsNoTracking()
            .Where(c => (c.Role == ContactRole.Champion || c.Role == ContactRole.ExecutiveSponsor) && c.LeftAt >= leftSince)
            .Select(c => new { c.Id, c.AccountId, c.Name, c.Role, c.LeftAt })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"left:{c.Id}", c.AccountId, TodayRanking.KeyPersonGone, new ChampionItem(c.Id, c.Name, c.Role, c.LeftAt)));
        }

        foreach (var c in await db.Contacts.AsNoTracking()
            .Where(c => (c.Role == ContactRole.Champion || c.Role == ContactRole.ExecutiveSponsor) && c.EmailBouncedAt != null && c.LeftAt == null)
            .Select(c => new { c.Id, c.AccountId, c.Name, c.Role })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"bounced:{c.Id}", c.AccountId, TodayRanking.KeyPersonGone, new ChampionItem(c.Id, c.Name, c.Role, null)));
        }

        foreach (var t in await db.SupportTickets.AsNoTracking()
            .Where(t => t.ClosedAt == null && t.Priority >= TicketPriority.High)
            .Select(t => new { t.Id, t.AccountId, t.Subject, t.Priority, t.OpenedAt })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"ticket:{t.Id}", t.AccountId, TodayRanking.Ticket(t.Priority, (int)(now - t.OpenedAt).TotalDays), new TicketItem(t.Id, t.Subject, t.Priority, t.OpenedAt)));
        }

        foreach (var v in await db.ValueEntries.AsNoTracking()
            .Where(v => v.CsmSignedOffAt == null)
            .Select(v => new { v.Id, v.AccountId, v.Outcome, v.AchievedOn, Customer = v.CustomerSignedOffAt != null })
            .ToListAsync(cancellationToken))
        {
            found.Add(($"signoff:{v.Id}", v.AccountId, TodayRanking.SignOff(v.Customer), new SignOffItem(v.Id, v.Outcome, v.AchievedOn, v.Customer)));
        }

        var ids = found.Select(f => f.AccountId).Distinct().ToList();
        var mine = ids.Count == 0 ? [] : await accounts.Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Name, a.Arr, a.Currency }).ToDictionaryAsync(a => a.Id, cancellationToken);
        found.RemoveAll(f => !mine.ContainsKey(f.AccountId));

        // Only the decisions about items on the list today: older keys (a renewal since moved) stay as history.
        var keys = found.Select(f => f.Key).ToList();
        var states = keys.Count == 0 ? [] : await db.TodayItemStates.AsNoTracking()
            .Where(s => EF.Parameter(keys).Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
        var rates = new CurrencyTable(revenue.ReportingCurrency, await db.CurrencyRates.AsNoTracking().ToListAsync(cancellationToken));

        var items = found.Select(f =>
        {
            var account = mine[f.AccountId];
            // A currency without a rate counts at face value: better a rough rank than a missing item.
            var weight = rates.Convert(account.Arr, account.Currency, today) ?? account.Arr;
            return new TodayItem(f.Key, f.AccountId, account.Name, account.Arr, account.Currency, f.Urgency, TodayRanking.Priority(weight, f.Urgency), f.What)
            {
                State = states.GetValueOrDefault(f.Key),
            };
        }).OrderByDescending(i => i.Priority).ThenBy(i => i.Account, StringComparer.Ordinal).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();

        Items = items.Where(i => !IsSetAside(i.State, today)).ToList();
        SetAside = items.Where(i => IsSetAside(i.State, today)).ToList();
    }

    /// <summary>Dismissed and done items stay aside; a snoozed one comes back on its day.</summary>
    public static bool IsSetAside(TodayItemState? state, DateOnly today) => state switch
    {
        null => false,
        { Status: TodayItemStatus.Snoozed, SnoozedUntil: { } until } => until > today,
        { Status: TodayItemStatus.Snoozed } => false,
        _ => true,
    };
}
