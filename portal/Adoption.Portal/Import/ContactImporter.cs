using Adoption.Portal.Pages.Csm.Accounts;

namespace Adoption.Portal.Import;

/// <summary>
/// People from CSV, each at the account whose external id is in <c>accountExternalId</c>, matched by
/// email within that account: a known address updates the person, a new one adds them.
/// </summary>
public sealed class ContactImporter(AdoptionDb db, IValidator<ContactInput> validator, TimeProvider clock, IStringLocalizer<ContactImporter> localizer)
{
    public static readonly string[] Required = ["accountExternalId", "email", "name"];

    public async Task<ImportResult> RunAsync(string csv, bool save, CancellationToken cancellationToken = default)
    {
        var (lines, errors) = CsvLines.Read(csv, Required, k => localizer[k]);
        var problems = errors.ToList();
        var accountIds = lines.Select(l => l["accountExternalId"]).OfType<string>().Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => a.ExternalId != null && accountIds.Contains(a.ExternalId))
            .ToDictionaryAsync(a => a.ExternalId!, cancellationToken);
        var ids = accounts.Values.Select(a => a.Id).ToList();
        var existing = (await db.Contacts.Where(c => ids.Contains(c.AccountId)).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.AccountId, c.Email.ToUpperInvariant()));
        var seen = new HashSet<(int, string)>();
        var preview = new List<ImportPreviewLine>();
        var added = new List<Contact>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var line in lines)
        {
            var before = problems.Count;
            if (line["accountExternalId"] is not { } accountExternalId || !accounts.TryGetValue(accountExternalId, out var account))
            {
                problems.Add(new LineError(line.Number, "accountExternalId", localizer["No account has this external id; import the accounts first."]));
                continue;
            }

            var key = (account.Id, (line["email"] ?? "").ToUpperInvariant());
            if (!seen.Add(key))
            {
                problems.Add(new LineError(line.Number, "email", localizer["An earlier line has the same person at the same account."]));
                continue;
            }

            var contact = existing.GetValueOrDefault(key);
            var input = contact is null ? new ContactInput { Locale = account.Language, TimeZone = account.TimeZone } : ContactInput.From(contact);
            input.Email = line["email"] ?? "";
            input.Name = line["name"] ?? "";
            if (line["role"] is { } role)
            {
                if (CsvLines.TryEnum<ContactRole>(role, out var r)) { input.Role = r; }
                else { problems.Add(new LineError(line.Number, "role", localizer["Use user, admin, champion or executiveSponsor."])); }
            }

            if (line.Has("title")) { input.Title = line["title"]; }
            if (line.Has("userId")) { input.ExternalId = line["userId"]; }
            if (line["locale"] is { } locale) { input.Locale = locale; }
            if (line["timeZone"] is { } zone) { input.TimeZone = zone; }

            var validation = await validator.ValidateAsync(input, cancellationToken);
            problems.AddRange(validation.Errors.Select(e => new LineError(line.Number, Column(e.PropertyName), e.ErrorMessage)));
            if (problems.Count > before)
            {
                continue;
            }

            if (contact is null)
            {
                contact = new Contact { AccountId = account.Id, Email = "", Name = "", CreatedAt = now };
                added.Add(contact);
            }

            input.ApplyTo(contact);
            preview.Add(new ImportPreviewLine(line.Number, contact.Id == 0, contact.Email, $"{contact.Name} · {account.Name}"));
        }

        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add(new LineError(0, null, localizer["The file has no lines below its header."]));
        }

        var ok = problems.Count == 0;
        if (ok && save)
        {
            // One SaveChanges: EF batches the inserts and updates, and either all lines land or none.
            db.Contacts.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return new ImportResult(lines.Count, added.Count, preview.Count - added.Count, problems, preview, ok && save);
    }

    private static string Column(string property) => property switch
    {
        nameof(ContactInput.ExternalId) => "userId",
        nameof(ContactInput.TimeZone) => "timeZone",
        _ => char.ToLowerInvariant(property[0]) + property[1..],
    };
}
