using System.Security.Claims;

namespace Adoption.Portal.Security.Sessions;

/// <summary>A person's open sessions as the profile lists them.</summary>
public sealed record SessionRow(string Id, string Device, DateTime SignedInAt, DateTime LastSeenAt, bool Current);

/// <summary>Lists and ends a person's sessions.</summary>
public sealed class SignInSessions(AdoptionDb db)
{
    public async Task<IReadOnlyList<SessionRow>> OfAsync(HttpContext http, CancellationToken cancellationToken = default)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var current = http.Items[DatabaseTicketStore.CurrentSessionItem] as string;
        var rows = await db.SignInSessions.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.Id, s.Device, s.SignedInAt, s.LastSeenAt }).ToListAsync(cancellationToken);
        return rows.Select(s => new SessionRow(s.Id, s.Device, s.SignedInAt, s.LastSeenAt, s.Id == current))
            .OrderByDescending(s => s.Current).ThenByDescending(s => s.LastSeenAt).ToList();
    }

    /// <summary>Ends every session of the signed-in person except the one making this request.</summary>
    public async Task<int> EndOthersAsync(HttpContext http, CancellationToken cancellationToken = default)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var current = http.Items[DatabaseTicketStore.CurrentSessionItem] as string;
        return await db.SignInSessions.Where(s => s.UserId == userId && s.Id != current).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Ends all of a person's sessions (an operator or a job, not the person).</summary>
    public Task<int> EndAllAsync(string userId, CancellationToken cancellationToken = default) =>
        db.SignInSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}
