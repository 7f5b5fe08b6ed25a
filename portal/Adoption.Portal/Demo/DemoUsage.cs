using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Parsing;
using Adoption.Portal.Ingestion.Rollups;

namespace Adoption.Portal.Demo;

/// <summary>
/// 90 days of feature-adoption events for every demo account, and one event no key feature maps:
/// champions and admins invite a teammate on their first active day. The rollups come from the same
/// rebuild the operator runs, so the demo's figures are exactly what ingestion would have counted.
/// </summary>
internal sealed class DemoUsage(AdoptionDb db, DateTime now)
{
    /// <summary>The raw event the onboarding checklist's last step waits for.</summary>
    public const string TeammateInvited = "Teammate Invited";

    public async Task<int> AddAsync(CancellationToken cancellationToken)
    {
        var writeKeyId = await db.WriteKeys.OrderBy(k => k.Id).Select(k => k.Id).FirstAsync(cancellationToken);
        var features = await db.KeyFeatures.Include(f => f.Rules).OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var accounts = await db.Accounts.Include(a => a.Contacts).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var events = new List<TrackedEvent>();
        var today = DateOnly.FromDateTime(now);

        foreach (var account in accounts)
        {
            var company = DemoAccounts.All.Single(c => c.Name == account.Name);
            var random = new Random(7000 + account.Id);
            // Healthier accounts use more of the catalogue.
            var adopted = features.Take(Math.Max(1, (int)Math.Ceiling(company.Activity * features.Count))).ToList();
            foreach (var contact in account.Contacts)
            {
                var invites = contact.Role is ContactRole.Champion or ContactRole.Admin;
                for (var daysAgo = 89; daysAgo >= 0; daysAgo--)
                {
                    var day = today.AddDays(-daysAgo);
                    var at = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
                    var gone = contact.LeftAt is { } left && at > left;
                    var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                    if (gone || at < account.CreatedAt || random.NextDouble() > company.Activity * (weekend ? 0.2 : 1))
                    {
                        continue;
                    }

                    for (var n = random.Next(1, 6); n > 0; n--)
                    {
                        var feature = adopted[random.Next(adopted.Count)];
                        var rule = feature.Rules[0];
                        var timestamp = at.AddMinutes(random.Next(0, 600));
                        events.Add(new TrackedEvent
                        {
                            WriteKeyId = writeKeyId, MessageId = $"demo-{account.Id}-{contact.Id}-{daysAgo}-{n}", Type = MessageTypes.Track,
                            Event = rule.EventName, UserId = contact.ExternalId, GroupId = account.ExternalId,
                            AccountId = account.Id, FeatureId = feature.Id, Timestamp = timestamp, SentTimestamp = timestamp.Ticks, Day = DateOnly.FromDateTime(timestamp),
                            ReceivedAt = timestamp.AddSeconds(2),
                            Payload = rule.PropertyName is null ? null
                                : string.Create(CultureInfo.InvariantCulture, $"{{\"properties\":{{\"{rule.PropertyName}\":\"{rule.PropertyValue}\"}}}}"),
                        });
                    }

                    if (invites)
                    {
                        // On a day already active and without a draw, so every other figure stays as it was.
                        invites = false;
                        events.Add(new TrackedEvent
                        {
                            WriteKeyId = writeKeyId, MessageId = $"demo-{account.Id}-{contact.Id}-{daysAgo}-invite", Type = MessageTypes.Track,
                            Event = TeammateInvited, UserId = contact.ExternalId, GroupId = account.ExternalId, AccountId = account.Id,
                            Timestamp = at, SentTimestamp = at.Ticks, Day = day, ReceivedAt = at.AddSeconds(2),
                        });
                    }
                }
            }
        }

        db.TrackedEvents.AddRange(events);
        await db.SaveChangesAsync(cancellationToken);
        await RollupRebuilder.RebuildAsync(db, cancellationToken);
        return events.Count;
    }
}
