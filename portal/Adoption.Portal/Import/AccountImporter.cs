using Adoption.Portal.Pages.Csm;
using Adoption.Portal.Pages.Csm.Accounts;

namespace Adoption.Portal.Import;

/// <summary>
/// Accounts from CSV, matched by <c>externalId</c> (the CRM's id): a known id updates the account with
/// the columns the file has, a new one creates it. Each line passes the same rules as the account form.
/// </summary>
public sealed class AccountImporter(AdoptionDb db, IValidator<AccountInput> validator, TimeProvider clock, IStringLocalizer<AccountImporter> localizer)
{
    public static readonly string[] Required = ["name", "externalId", "renewalDate"];

    public async Task<ImportResult> RunAsync(string csv, bool save, CancellationToken cancellationToken = default)
    {
        var (lines, errors) = CsvLines.Read(csv, Required, k => localizer[k]);
        var problems = errors.ToList();
        var ids = lines.Select(l => l["externalId"]).OfType<string>().Distinct().ToList();
        var existing = await db.Accounts.Where(a => a.ExternalId != null && ids.Contains(a.ExternalId)).ToDictionaryAsync(a => a.ExternalId!, cancellationToken);
        var csms = await CsmEmailsAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var preview = new List<ImportPreviewLine>();
        var added = new List<Account>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var line in lines)
        {
            var externalId = line["externalId"];
            if (externalId is not null && !seen.Add(externalId))
            {
                problems.Add(new LineError(line.Number, "externalId", localizer["An earlier line has the same external id."]));
                continue;
            }

            var account = externalId is null ? null : existing.GetValueOrDefault(externalId);
            var input = account is null ? new AccountInput() : AccountInput.From(account);
            var before = problems.Count;
            Read(line, input, csms, problems);
            input.ExternalId = externalId;
            var validation = await validator.ValidateAsync(input, cancellationToken);
            problems.AddRange(validation.Errors.Select(e => new LineError(line.Number, Column(e.PropertyName), e.ErrorMessage)));
            if (externalId is null)
            {
                problems.Add(new LineError(line.Number, "externalId", localizer["Give every account its external id: re-imports find it by this."]));
            }

            if (problems.Count > before)
            {
                continue;
            }

            if (account is null)
            {
                account = new Account { Name = "", CreatedAt = now };
                added.Add(account);
            }

            input.ApplyTo(account);
            preview.Add(new ImportPreviewLine(line.Number, existing.ContainsKey(externalId!) is false, externalId!, account.Name));
        }

        var ok = problems.Count == 0 && lines.Count > 0;
        if (lines.Count == 0 && problems.Count == 0)
        {
            problems.Add(new LineError(0, null, localizer["The file has no lines below its header."]));
        }

        if (ok && save)
        {
            // One SaveChanges: EF batches the inserts and updates, and either all lines land or none.
            db.Accounts.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return new ImportResult(lines.Count, added.Count, preview.Count - added.Count, problems, preview, ok && save);
    }

    private void Read(CsvLine line, AccountInput input, IReadOnlyDictionary<string, string> csms, List<LineError> problems)
    {
        void Fail(string column, string message) => problems.Add(new LineError(line.Number, column, message));

        if (line.Has("name"))
        {
            input.Name = line["name"] ?? "";
        }

        if (line["segment"] is { } segment)
        {
            if (CsvLines.TryEnum<Segment>(segment, out var s)) { input.Segment = s; } else { Fail("segment", localizer["Use smb, midMarket or enterprise."]); }
        }

        if (line["arr"] is { } arr)
        {
            if (decimal.TryParse(arr, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)) { input.Arr = a; } else { Fail("arr", localizer["Write ARR as a number such as 48000.50."]); }
        }

        if (line["currency"] is { } currency)
        {
            input.Currency = currency;
        }

        if (line["licensedSeats"] is { } seats)
        {
            if (int.TryParse(seats, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) { input.LicensedSeats = n; } else { Fail("licensedSeats", localizer["Write seats as a whole number."]); }
        }

        if (line["renewalDate"] is { } renewal)
        {
            if (DateOnly.TryParseExact(renewal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { input.RenewalDate = d; } else { Fail("renewalDate", localizer["Write dates as YYYY-MM-DD."]); }
        }

        if (line["stage"] is { } stage)
        {
            if (CsvLines.TryEnum<LifecycleStage>(stage, out var s)) { input.Stage = s; } else { Fail("stage", localizer["Use onboarding, adoption, value, renewal or advocacy."]); }
        }

        if (line.Has("csmEmail"))
        {
            var email = line["csmEmail"];
            if (email is null) { input.CsmUserId = null; }
            else if (csms.TryGetValue(email, out var id)) { input.CsmUserId = id; }
            else { Fail("csmEmail", localizer["No CSM signs in with this address."]); }
            input.Coverage = input.CsmUserId is null ? Coverage.TechTouch : Coverage.Named;
        }

        if (line["coverage"] is { } coverage)
        {
            if (CsvLines.TryEnum<Coverage>(coverage, out var c)) { input.Coverage = c; } else { Fail("coverage", localizer["Use named or techTouch."]); }
        }

        if (line["language"] is { } language)
        {
            input.Language = language;
        }

        if (line["timeZone"] is { } zone)
        {
            input.TimeZone = zone;
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> CsmEmailsAsync(CancellationToken cancellationToken)
    {
        var names = await CsmPeople.NamesAsync(db, cancellationToken);
        var ids = names.Keys.ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Email!, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
    }

    /// <summary>The CSV column a form field comes from.</summary>
    private static string Column(string property) => property switch
    {
        nameof(AccountInput.LicensedSeats) => "licensedSeats",
        nameof(AccountInput.CsmUserId) => "csmEmail",
        nameof(AccountInput.RenewalDate) => "renewalDate",
        nameof(AccountInput.ExternalId) => "externalId",
        nameof(AccountInput.TimeZone) => "timeZone",
        _ => char.ToLowerInvariant(property[0]) + property[1..],
    };
}
