using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Parsing;

namespace Adoption.Portal.Ingestion.Writing;

/// <summary>
/// What identify, group and alias calls change: contacts, accounts and who belongs where. Runs in
/// the writer's transaction through EF Core (these calls are rare next to track calls), and only
/// for messages stored for the first time, so a retried identify cannot undo a newer one.
/// </summary>
internal sealed class ProfileUpdater(AccountDirectory directory, TimeProvider clock)
{
    /// <summary>Applies a group call; returns the account, created as a tech-touch SMB account if new.</summary>
    public async Task<int> GroupAsync(AdoptionDb db, IncomingMessage message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var groupId = message.GroupId!;
        var traits = message.Traits ?? new MessageTraits();
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.ExternalId == groupId, cancellationToken);
        if (account is null)
        {
            account = new Account
            {
                Name = Clip(traits.Name, 200) ?? groupId, ExternalId = groupId, Segment = Segment.Smb, Coverage = Coverage.TechTouch,
                Stage = LifecycleStage.Onboarding, CreatedAt = now, RenewalDate = DateOnly.FromDateTime(now).AddYears(1),
            };
            db.Accounts.Add(account);
        }

        if (Clip(traits.Name, 200) is { } name) account.Name = name;
        if (Clip(traits.Plan, 100) is { } plan) account.Plan = plan;
        if (Clip(traits.Industry, 100) is { } industry) account.Industry = industry;
        if (traits.Arr is { } arr) account.Arr = Math.Round(arr, 2);
        if (traits.Employees is { } employees) account.Employees = employees;
        await db.SaveChangesAsync(cancellationToken);

        if (message.UserKey is { } user)
        {
            await RememberUserAsync(db, user, account.Id, now, cancellationToken);
        }

        directory.Remember(groupId, message.UserKey, account.Id);
        return account.Id;
    }

    /// <summary>Keeps the user's contacts current; creates the contact when its account and email are known.</summary>
    public async Task IdentifyAsync(AdoptionDb db, IncomingMessage message, int? accountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (accountId is { } known && message.GroupId is not null && message.UserKey is { } user)
        {
            await RememberUserAsync(db, user, known, now, cancellationToken);
            directory.Remember(null, user, known);
        }

        if (message.UserId is not { } userId || message.Traits is not { } traits)
        {
            return;
        }

        var contacts = await db.Contacts.Where(c => c.ExternalId == userId).ToListAsync(cancellationToken);
        var email = ValidEmail(traits.Email);
        if (contacts.Count == 0 && accountId is { } account && email is not null)
        {
            var contact = await db.Contacts.FirstOrDefaultAsync(c => c.AccountId == account && c.Email == email, cancellationToken);
            if (contact is null)
            {
                contact = new Contact { AccountId = account, Email = email, Name = Clip(traits.FullName, 200) ?? email, CreatedAt = now };
                db.Contacts.Add(contact);
            }

            contact.ExternalId = userId;
            contacts.Add(contact);
        }

        foreach (var contact in contacts)
        {
            await ApplyAsync(db, contact, traits, email, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An alias says two ids are one person: the new id inherits the old one's account and contacts.</summary>
    public async Task AliasAsync(IIngestionStore store, IncomingMessage message, CancellationToken cancellationToken)
    {
        var db = store.Db;
        var previous = message.PreviousId!;
        var userId = message.UserId!;
        if (await directory.AccountOfUserAsync(previous, store, cancellationToken) is { } account
            && await directory.AccountOfUserAsync(userId, store, cancellationToken) is null)
        {
            await RememberUserAsync(db, userId, account, clock.GetUtcNow().UtcDateTime, cancellationToken);
            directory.Remember(null, userId, account);
        }

        await db.Contacts.Where(c => c.ExternalId == previous).ExecuteUpdateAsync(s => s.SetProperty(c => c.ExternalId, userId), cancellationToken);
    }

    private static async Task ApplyAsync(AdoptionDb db, Contact contact, MessageTraits traits, string? email, CancellationToken cancellationToken)
    {
        // Two contacts of one account cannot share an email: then the address stays as it was.
        if (email is not null && email != contact.Email
            && !await db.Contacts.AnyAsync(c => c.AccountId == contact.AccountId && c.Email == email && c.Id != contact.Id, cancellationToken))
        {
            contact.Email = email;
        }

        if (Clip(traits.FullName, 200) is { } name) contact.Name = name;
        if (Clip(traits.Title, 200) is { } title) contact.Title = title;
        if (TraitMapping.Role(traits.Role) is { } role) contact.Role = role;
        if (TraitMapping.Locale(traits.Locale) is { } locale) contact.Locale = locale;
    }

    private static async Task RememberUserAsync(AdoptionDb db, string userKey, int accountId, DateTime now, CancellationToken cancellationToken)
    {
        if (userKey.Length > MessageRules.MaxIdLength)
        {
            return;
        }

        var known = await db.KnownUsers.FirstOrDefaultAsync(u => u.UserKey == userKey, cancellationToken);
        if (known is null)
        {
            db.KnownUsers.Add(new KnownUser { UserKey = userKey, AccountId = accountId, UpdatedAt = now });
        }
        else
        {
            known.AccountId = accountId;
            known.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? ValidEmail(string? email) =>
        email is { Length: > 2 and <= 256 } && email.IndexOf('@', StringComparison.Ordinal) > 0 && !email.Contains(' ', StringComparison.Ordinal)
            ? email.ToLowerInvariant()
            : null;

    private static string? Clip(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];
}
