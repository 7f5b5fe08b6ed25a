using System.Security.Claims;
using Adoption.Portal.Domain.Ingestion;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Security;

/// <summary>
/// Writes key creation and revocation, role changes and deactivations to the security log from the
/// saves themselves, so every page that changes them is covered without logging code of its own.
/// Logged once the save committed; keys by name and public prefix only.
/// </summary>
internal sealed class SecurityAuditInterceptor(IServiceProvider services) : AfterCommitInterceptor<List<Action<ILogger, string?>>>
{


    protected override List<Action<ILogger, string?>>? Note(DbContext context)
    {
        var events = new List<Action<ILogger, string?>>();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.Entity)
            {
                case WriteKey k when entry.State == EntityState.Added:
                    events.Add((log, actor) => log.KeyCreated("write", k.Name, k.Prefix, actor));
                    break;
                case ServerKey k when entry.State == EntityState.Added:
                    events.Add((log, actor) => log.KeyCreated("server", k.Name, k.Prefix, actor));
                    break;
                case WriteKey k when Revoked(entry):
                    events.Add((log, actor) => log.KeyRevoked("write", k.Name, k.Prefix, actor));
                    break;
                case ServerKey k when Revoked(entry):
                    events.Add((log, actor) => log.KeyRevoked("server", k.Name, k.Prefix, actor));
                    break;
                case IdentityUserRole<string> r when entry.State is EntityState.Added or EntityState.Deleted:
                    var added = entry.State == EntityState.Added;
                    events.Add((log, actor) => log.RoleChanged(r.UserId, r.RoleId, added ? "granted" : "removed", actor));
                    break;
                case PortalUser u when entry.State == EntityState.Modified:
                    if (entry.Property(nameof(PortalUser.LockoutEnd)).IsModified)
                    {
                        var until = u.LockoutEnd;
                        events.Add((log, actor) => log.AccessChanged(u.Id, until is null ? "reactivated" : "deactivated or locked", actor));
                    }

                    Notify(context, entry, u, events);
                    break;
            }
        }

        return events.Count > 0 ? events : null;
    }

    /// <summary>
    /// ASVS 5.0 V6.3.7: a person hears by email when their password or email address changes, through
    /// the outbox in the same save, so the notice exists exactly when the change does. An email change
    /// is told to the old address, the one an intruder could not read.
    /// </summary>
    private void Notify(DbContext context, Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, PortalUser user, List<Action<ILogger, string?>> events)
    {
        var password = entry.Property(nameof(PortalUser.PasswordHash));
        var email = entry.Property(nameof(PortalUser.Email));
        var passwordChanged = password.IsModified && password.OriginalValue is not null && !Equals(password.OriginalValue, password.CurrentValue);
        var oldEmail = email.IsModified && email.OriginalValue is string was && !string.Equals(was, user.Email, StringComparison.OrdinalIgnoreCase) ? was : null;
        if (!passwordChanged && oldEmail is null)
        {
            return;
        }

        var templates = services.GetRequiredService<Email.EmailTemplates>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var when = now.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        void Send(string template, string to, Dictionary<string, string> values)
        {
            var mail = templates.Render(template, user.Locale, values);
            context.Add(new Domain.Email.EmailMessage
            {
                AccountId = user.AccountId, ContactId = user.ContactId, To = to, Subject = mail.Subject, TextBody = mail.Text, HtmlBody = mail.Html, CreatedAt = now,
            });
        }

        if (passwordChanged && user.Email is { } address)
        {
            Send("password-changed", address, new() { ["name"] = user.DisplayName, ["email"] = address, ["when"] = when });
            events.Add((log, actor) => log.PasswordChanged(user.Id, actor));
        }

        if (oldEmail is not null)
        {
            Send("email-changed", oldEmail, new() { ["name"] = user.DisplayName, ["email"] = oldEmail, ["newEmail"] = user.Email ?? "", ["when"] = when });
            events.Add((log, actor) => log.EmailChanged(user.Id, actor));
        }

        events.Add((_, _) => services.GetRequiredService<Email.OutboxSignal>().Poke());
    }

    protected override void Committed(DbContext context, List<Action<ILogger, string?>> events)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(SecurityLog.Category);
        var actor = services.GetService<IHttpContextAccessor>()?.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        foreach (var write in events)
        {
            write(log, actor);
        }
    }

    private static bool Revoked(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.State == EntityState.Modified && entry.Property("RevokedAt") is { IsModified: true, OriginalValue: null, CurrentValue: not null };
}
