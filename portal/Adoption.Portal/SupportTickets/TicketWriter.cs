namespace Adoption.Portal.SupportTickets;

/// <summary>Creates or updates tickets by their help-desk id in one SaveChanges; returns how many were new.</summary>
public static class TicketWriter
{
    public static async Task<int> UpsertAsync(
        AdoptionDb db, IReadOnlyList<TicketInput> tickets, IReadOnlyDictionary<string, int> accountIds, DateTime now, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var ids = tickets.Select(t => t.TicketId).ToList();
            var existing = await db.SupportTickets.Where(t => t.ExternalId != null && ids.Contains(t.ExternalId)).ToDictionaryAsync(t => t.ExternalId!, cancellationToken);
            var created = 0;
            foreach (var input in tickets)
            {
                if (!existing.TryGetValue(input.TicketId, out var ticket))
                {
                    ticket = new SupportTicket { Subject = "" };
                    db.SupportTickets.Add(ticket);
                    existing[input.TicketId] = ticket;
                    created++;
                }

                input.ApplyTo(ticket, accountIds[input.GroupId], now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return created;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Two sends of a new ticket at once: the unique id lets one insert win; the other becomes an update.
                db.ChangeTracker.Clear();
            }
        }
    }
}
