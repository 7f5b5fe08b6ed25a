using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Email;

/// <summary>The sender's batch query on a long queue: the first due messages, read through the index of
/// unsent ones, without sorting the whole queue for every batch.</summary>
public sealed class TheOutboxQueue
{
    [Fact]
    public async Task ReadsTheFirstDueMessagesThroughTheIndexOfUnsentOnesWithoutSortingTheQueue()
    {
        await using var portal = new PortalFactory();
        await using var db = portal.CreateDb();
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        // 3,000 messages: most sent, some given up, some waiting for a retry later, one in three due.
        var messages = Enumerable.Range(0, 3000).Select(i => new EmailMessage
        {
            To = $"reader{i}@northwind.example", Subject = "Digest", TextBody = "Hello", CreatedAt = now.AddMinutes(-10),
            SentAt = i % 3 == 1 ? now.AddMinutes(-5) : null,
            FailedAt = i % 30 == 2 ? now.AddMinutes(-5) : null,
            NextAttemptAt = i % 30 == 5 ? now.AddMinutes(5) : i % 30 == 8 ? now.AddMinutes(-1) : null,
        }).ToList();
        db.EmailOutbox.AddRange(messages);
        await db.SaveChangesAsync();
        // With statistics, as a database that has run for a while has them.
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");

        var query = OutboxSender.Due(db, now, 20);

        await db.Database.OpenConnectionAsync();
        await using var explain = query.CreateDbCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + explain.CommandText;
        var plan = new List<string>();
        await using (var rows = await explain.ExecuteReaderAsync())
        {
            while (await rows.ReadAsync())
            {
                plan.Add(rows.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_EmailOutbox_Unsent", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        var expected = messages.Where(m => m.SentAt is null && m.FailedAt is null && (m.NextAttemptAt is null || m.NextAttemptAt <= now))
            .Select(m => m.Id).Order().Take(20).ToList();
        Assert.Equal(expected, (await query.ToListAsync()).Select(m => m.Id).ToList());
    }
}
