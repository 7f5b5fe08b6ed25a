using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Email;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// The renewal reminder, <see cref="DaysBefore"/> days before the renewal date, to the account's
/// executive sponsors and admins, with a value recap: plan progress, the value ledger and the adoption
/// trend. Tech-touch accounts get it as well as accounts with a CSM. One per contact and renewal date.
/// </summary>
public sealed class RenewalReminder(EmailTemplates templates, PortalLinks links) : IEmailProgram
{
    public const int DaysBefore = 60;

    /// <summary>Due from 09:00 on the contact's clock (a working morning, not midnight).</summary>
    public static readonly Cronos.CronExpression SendTime = Cronos.CronExpression.Parse("0 9 * * *");

    public string Name => "renewal";

    public EmailCategory Category => EmailCategory.Renewal;

    public async Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(run.Now);
        var horizon = today.AddDays(DaysBefore);
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Account)
            .Where(c => c.LeftAt == null && c.Account!.ArchivedAt == null && (run.AccountId == null || c.AccountId == run.AccountId)
                && (c.Role == ContactRole.ExecutiveSponsor || c.Role == ContactRole.Admin)
                && c.Account.RenewalDate >= today && c.Account.RenewalDate <= horizon)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return contacts
            .Where(c => !run.Scheduled || LocalTime.Of(c, run.Now) is var local && LocalSchedule.HasCome(SendTime, local.Date, local))
            .Select(c => new ProgramCandidate(c, "renewal-" + c.Account!.RenewalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    public async Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken)
    {
        var contact = candidate.Contact;
        var account = contact.Account!;
        var today = DateOnly.FromDateTime(LocalTime.Of(contact, run.Now));
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.Objective!.Plan!.AccountId == account.Id && m.CustomerVisible)
            .Select(m => m.Status).ToListAsync(cancellationToken);
        var value = await db.ValueEntries.AsNoTracking().Where(v => v.AccountId == account.Id && v.CustomerVisible)
            .OrderByDescending(v => v.AnnualValue).Select(v => new { v.Outcome, v.AnnualValue }).ToListAsync(cancellationToken);
        var (monthStart, previousStart) = (today.AddDays(-30), today.AddDays(-60));
        var people = await db.UserDays.AsNoTracking().Where(d => d.AccountId == account.Id && d.Day >= previousStart && d.Day < today)
            .Select(d => new { d.UserKey, Recent = d.Day >= monthStart }).Distinct().ToListAsync(cancellationToken);
        var culture = LocalTime.Culture(contact);
        var total = value.Sum(v => v.AnnualValue);
        var values = new Dictionary<string, object?>
        {
            ["name"] = contact.Name,
            ["account"] = account.Name,
            ["renewalDate"] = account.RenewalDate.ToString("D", culture),
            ["days"] = (account.RenewalDate.DayNumber - today.DayNumber).ToString(culture),
            ["milestonesDone"] = milestones.Count(s => s == MilestoneStatus.Done).ToString(culture),
            ["milestonesTotal"] = milestones.Count.ToString(culture),
            ["valueTotal"] = total.ToString("N0", culture) + " " + account.Currency,
            ["roi"] = account.Arr > 0 ? (total / account.Arr).ToString("0.0", culture) : "—",
            ["arr"] = account.Arr.ToString("N0", culture) + " " + account.Currency,
            ["top"] = value.Take(3).Select(v => new Dictionary<string, object?>
            {
                ["outcome"] = v.Outcome, ["value"] = v.AnnualValue.ToString("N0", culture) + " " + account.Currency,
            }).ToList(),
            ["activeRecent"] = people.Where(p => p.Recent).Select(p => p.UserKey).Distinct().Count().ToString(culture),
            ["activePrevious"] = people.Where(p => !p.Recent).Select(p => p.UserKey).Distinct().Count().ToString(culture),
            ["link"] = links.Absolute("/value"),
            ["unsubscribe"] = unsubscribeUrl,
        };
        return templates.Render("renewal-reminder", contact.Locale, values);
    }
}
