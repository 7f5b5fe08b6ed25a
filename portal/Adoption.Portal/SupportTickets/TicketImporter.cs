using Adoption.Portal.Import;

namespace Adoption.Portal.SupportTickets;

/// <summary>Tickets from CSV with the API's rules, matched by <c>ticketId</c>; all lines or none.</summary>
public sealed class TicketImporter(AdoptionDb db, TimeProvider clock, IStringLocalizer<TicketImporter> localizer)
{
    public static readonly string[] Required = ["ticketId", "groupId", "subject", "openedAt"];

    public async Task<ImportResult> RunAsync(string csv, bool save, CancellationToken cancellationToken = default)
    {
        var (lines, errors) = CsvLines.Read(csv, Required, k => localizer[k]);
        var problems = errors.ToList();
        var groups = lines.Select(l => l["groupId"]).OfType<string>().Distinct().ToList();
        var accounts = await db.Accounts.Where(a => a.ExternalId != null && groups.Contains(a.ExternalId)).ToDictionaryAsync(a => a.ExternalId!, a => a.Id, cancellationToken);
        var ticketIds = lines.Select(l => l["ticketId"]).OfType<string>().ToList();
        var known = (await db.SupportTickets.Where(t => t.ExternalId != null && ticketIds.Contains(t.ExternalId)).Select(t => t.ExternalId!).ToListAsync(cancellationToken)).ToHashSet();
        var tickets = new List<TicketInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var preview = new List<ImportPreviewLine>();
        foreach (var line in lines)
        {
            var (ticket, fieldErrors) = TicketInput.Read(line["ticketId"], line["groupId"], line["subject"], line["priority"], line["status"], line["openedAt"], line["closedAt"]);
            problems.AddRange(fieldErrors.Select(e => new LineError(line.Number, e.Key, localizer[e.Value[0]])));
            if (ticket is null)
            {
                continue;
            }

            if (!seen.Add(ticket.TicketId))
            {
                problems.Add(new LineError(line.Number, "ticketId", localizer["An earlier line has the same ticket id."]));
            }
            else if (!accounts.ContainsKey(ticket.GroupId))
            {
                problems.Add(new LineError(line.Number, "groupId", localizer["No account has this external id; import the accounts first."]));
            }
            else
            {
                tickets.Add(ticket);
                preview.Add(new ImportPreviewLine(line.Number, !known.Contains(ticket.TicketId), ticket.TicketId, ticket.Subject));
            }
        }

        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add(new LineError(0, null, localizer["The file has no lines below its header."]));
        }

        var ok = problems.Count == 0;
        var created = preview.Count(p => p.Creates);
        if (ok && save)
        {
            created = await TicketWriter.UpsertAsync(db, tickets, accounts, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        return new ImportResult(lines.Count, created, preview.Count - created, problems, preview, ok && save);
    }
}
