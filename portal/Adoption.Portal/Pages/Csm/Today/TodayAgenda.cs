using Adoption.Portal.Data;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Pages.Csm.Today;

public sealed record RenewalItem(int AccountId, string Account, DateOnly RenewalDate, DateTime? LastOutreach);
public sealed record MilestoneItem(int Id, int AccountId, string Account, string Title, OwnerSide Owner, DateOnly DueDate);
public sealed record DetractorItem(int AccountId, string Account, int Score, string? Comment, string? Person, DateTime RespondedAt);
public sealed record ChampionItem(int AccountId, string Account, string Person, ContactRole Role, DateTime LeftAt);
public sealed record TicketItem(int AccountId, string Account, string Subject, TicketPriority Priority, DateTime OpenedAt);
public sealed record SignOffItem(int Id, int AccountId, string Account, string Outcome, DateOnly AchievedOn, bool CustomerSigned);

/// <summary>
/// What needs a CSM today, each list worst first. The windows follow the playbook: renewal outreach
/// starts 120 days out and counts contact in the last 60; detractors from the last 14 days are new;
/// a champion or sponsor who left in the last 30 days is a change to act on.
/// </summary>
public sealed class TodayAgenda(AdoptionDb db)
{
    public const int RenewalWindowDays = 120;
    public const int OutreachWindowDays = 60;
    public const int DetractorWindowDays = 14;
    public const int ChampionWindowDays = 30;

    public IReadOnlyList<RenewalItem> Renewals { get; private set; } = [];
    public IReadOnlyList<MilestoneItem> OverdueMilestones { get; private set; } = [];
    public IReadOnlyList<DetractorItem> Detractors { get; private set; } = [];
    public IReadOnlyList<ChampionItem> ChampionChanges { get; private set; } = [];
    public IReadOnlyList<TicketItem> SupportRisks { get; private set; } = [];
    public IReadOnlyList<SignOffItem> SignOffs { get; private set; } = [];

    /// <param name="csmUserId">Only this CSM's accounts; null for every account.</param>
    public async Task LoadAsync(string? csmUserId, DateTime now, CancellationToken cancellationToken = default)
    {
        // The lists are short (one CSM's day), so most are put in order after the query.
        var today = DateOnly.FromDateTime(now);
        var accounts = db.Accounts.AsNoTracking().Where(a => a.ArchivedAt == null && (csmUserId == null || a.CsmUserId == csmUserId));

        var renewalEnd = today.AddDays(RenewalWindowDays);
        var outreachSince = now.AddDays(-OutreachWindowDays);
        Renewals = await accounts
            .Where(a => a.RenewalDate >= today && a.RenewalDate <= renewalEnd && !db.Touchpoints.Any(t => t.AccountId == a.Id && t.OccurredAt >= outreachSince))
            .OrderBy(a => a.RenewalDate)
            .Select(a => new RenewalItem(a.Id, a.Name, a.RenewalDate, db.Touchpoints.Where(t => t.AccountId == a.Id).Max(t => (DateTime?)t.OccurredAt)))
            .ToListAsync(cancellationToken);

        OverdueMilestones = (await db.Milestones.AsNoTracking()
            .Where(m => m.Status != MilestoneStatus.Done && m.DueDate < today)
            .Join(accounts, m => m.Objective!.Plan!.AccountId, a => a.Id, (m, a) => new MilestoneItem(m.Id, a.Id, a.Name, m.Title, m.Owner, m.DueDate!.Value))
            .ToListAsync(cancellationToken)).OrderBy(m => m.DueDate).ToList();

        var detractorsSince = now.AddDays(-DetractorWindowDays);
        Detractors = (await db.NpsResponses.AsNoTracking()
            .Where(n => n.Score <= 6 && n.RespondedAt >= detractorsSince)
            .Join(accounts, n => n.AccountId, a => a.Id, (n, a) => new DetractorItem(
                a.Id, a.Name, n.Score, n.Comment, db.Contacts.Where(c => c.Id == n.ContactId).Select(c => c.Name).FirstOrDefault(), n.RespondedAt))
            .ToListAsync(cancellationToken)).OrderBy(d => d.Score).ThenByDescending(d => d.RespondedAt).ToList();

        var leftSince = now.AddDays(-ChampionWindowDays);
        ChampionChanges = (await db.Contacts.AsNoTracking()
            .Where(c => (c.Role == ContactRole.Champion || c.Role == ContactRole.ExecutiveSponsor) && c.LeftAt >= leftSince)
            .Join(accounts, c => c.AccountId, a => a.Id, (c, a) => new ChampionItem(a.Id, a.Name, c.Name, c.Role, c.LeftAt!.Value))
            .ToListAsync(cancellationToken)).OrderByDescending(c => c.LeftAt).ToList();

        SupportRisks = (await db.SupportTickets.AsNoTracking()
            .Where(t => t.ClosedAt == null && t.Priority >= TicketPriority.High)
            .Join(accounts, t => t.AccountId, a => a.Id, (t, a) => new TicketItem(a.Id, a.Name, t.Subject, t.Priority, t.OpenedAt))
            .ToListAsync(cancellationToken)).OrderByDescending(t => t.Priority).ThenBy(t => t.OpenedAt).ToList();

        SignOffs = (await db.ValueEntries.AsNoTracking()
            .Where(v => v.CsmSignedOffAt == null)
            .Join(accounts, v => v.AccountId, a => a.Id, (v, a) => new SignOffItem(v.Id, a.Id, a.Name, v.Outcome, v.AchievedOn, v.CustomerSignedOffAt != null))
            .ToListAsync(cancellationToken)).OrderByDescending(v => v.CustomerSigned).ThenBy(v => v.AchievedOn).ToList();
    }
}
