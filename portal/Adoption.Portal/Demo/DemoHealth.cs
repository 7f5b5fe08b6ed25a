using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Health;
using Adoption.Portal.Ingestion.Rollups;

namespace Adoption.Portal.Demo;

/// <summary>
/// The people who use the host product without ever opening the portal: most of a customer's
/// licensed seats. Health measures active people against seats, so without them every demo account
/// would look unused: usage follows each company's licensed seats. Fabrikam's product users went
/// quiet a month ago.
/// </summary>
internal sealed class DemoHealth(AdoptionDb db, DateTime now)
{
    /// <summary>How many of its seats a company fills: its activity plus a floor, since even a
    /// struggling customer has most licences in some use; four in five at most.</summary>
    private static double SeatsFilled(double activity) => Math.Min(1, activity + 0.3) * 0.8;

    public async Task<int> AddAsync(CancellationToken cancellationToken)
    {
        var writeKeyId = await db.WriteKeys.OrderBy(k => k.Id).Select(k => k.Id).FirstAsync(cancellationToken);
        var features = await db.KeyFeatures.Include(f => f.Rules).OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var accounts = await db.Accounts.OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(now);
        var events = new List<TrackedEvent>();

        foreach (var account in accounts)
        {
            var company = DemoAccounts.All.Single(c => c.Name == account.Name);
            var random = new Random(9000 + account.Id);
            var adopted = features.Take(Math.Max(1, (int)Math.Ceiling(company.Activity * features.Count))).ToList();
            var quietFor = account.Name == "Fabrikam Manufacturing" ? 30 : 0;
            var users = (int)Math.Round(account.LicensedSeats * SeatsFilled(company.Activity));
            for (var user = 1; user <= users; user++)
            {
                // About one working day a week each, over the two 30-day windows health compares.
                for (var week = 0; week < 8; week++)
                {
                    var daysAgo = (week * 7) + random.Next(0, 5);
                    if (daysAgo < quietFor || random.NextDouble() > company.Activity)
                    {
                        continue;
                    }

                    var day = today.AddDays(-daysAgo);
                    var timestamp = day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddMinutes(random.Next(0, 480));
                    if (timestamp < account.CreatedAt)
                    {
                        continue;
                    }

                    var feature = adopted[random.Next(adopted.Count)];
                    events.Add(new TrackedEvent
                    {
                        WriteKeyId = writeKeyId, MessageId = $"demo-product-{account.Id}-{user}-{week}", Type = "track",
                        Event = feature.Rules[0].EventName, UserId = $"{account.ExternalId}-user-{user}", GroupId = account.ExternalId,
                        AccountId = account.Id, FeatureId = feature.Id, Timestamp = timestamp, SentTimestamp = timestamp.Ticks, Day = day,
                        ReceivedAt = timestamp.AddSeconds(2),
                    });
                }
            }
        }

        db.TrackedEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        await RollupRebuilder.RebuildAsync(db, cancellationToken);
        await AddHistoryAsync(accounts.Select(a => a.Id).ToList(), today, cancellationToken);
        return events.Count;
    }

    /// <summary>
    /// 90 days of history ending in today's real score: Fabrikam slid steadily into red, Aurora
    /// climbed slowly, the rest moved a point or two either way.
    /// </summary>
    private async Task AddHistoryAsync(List<int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var current = await new HealthScorer(db).ScoreAsync(ids, today, cancellationToken);
        var names = await db.Accounts.ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var profile = HealthProfile.Default();
        foreach (var id in ids)
        {
            var random = new Random(9500 + id);
            for (var daysAgo = HealthHistory.ChartDays - 1; daysAgo >= 0; daysAgo--)
            {
                var drift = names[id] switch
                {
                    "Fabrikam Manufacturing" => (int)Math.Round(daysAgo * 0.6),
                    "Aurora Terveys Oy" => -(int)Math.Round(daysAgo * 0.15),
                    _ => daysAgo == 0 ? 0 : random.Next(-2, 3),
                };
                var score = Math.Clamp(current[id].Score + drift, 0, 100);
                db.HealthSnapshots.Add(new HealthSnapshot
                {
                    AccountId = id, Day = today.AddDays(-daysAgo), Score = score, Color = profile.ColorOf(score), RecordedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
