using System.Diagnostics;
using Adoption.Portal.Attention;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// Runs an email program: for each due contact checks the idempotency record, the contact's
/// category preference, a bounced address and the attention budget, then saves the outbox row, the
/// attention touch and the <see cref="ProgramSend"/> together. Contacts are read, checked and saved
/// in chunks, each chunk a few keyed queries and one transaction: a crash loses nothing (the next
/// run picks up the contacts not yet saved) and repeats nothing (the unique key refuses a second row,
/// also when two portal instances run the same program at once; a refused chunk is saved again
/// contact by contact).
/// </summary>
public sealed class EmailProgramRunner(
    AdoptionDb db, IEnumerable<IEmailProgram> programs, Outbox outbox, AttentionBudget budget, PortalLinks links, TimeProvider clock)
{
    /// <summary>Contacts read, checked and saved together: each chunk is one transaction.</summary>
    private const int Chunk = 500;

    public IEmailProgram? Find(string name) => programs.FirstOrDefault(p => p.Name == name);

    public IReadOnlyList<IEmailProgram> All => programs.ToList();

    public async Task<ProgramRunSummary> RunAsync(
        IEmailProgram program, ProgramRun run, IProgress<ProgramRunSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = new ProgramRunSummary(program.Name);
        var watch = Stopwatch.StartNew();
        var candidates = await program.SelectAsync(db, run, cancellationToken);
        var suppressed = (await db.EmailSuppressions.AsNoTracking().Select(s => s.Address).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ledger = await budget.LedgerForAsync(candidates.Select(c => c.Contact.AccountId).Distinct().ToList(), cancellationToken);
        var pending = new List<Pending>();
        foreach (var chunk in candidates.Chunk(Chunk))
        {
            var known = await KnownAsync(program, chunk, ledger, cancellationToken);
            foreach (var candidate in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                summary.Considered++;
                var outcome = await PrepareAsync(program, candidate, run, known, suppressed, ledger, cancellationToken);
                if (outcome.Skipped is { } skipped)
                {
                    summary.Skip(skipped);
                }
                else if (outcome.Email is { } email)
                {
                    pending.Add(email);
                }
                else
                {
                    summary.Queued++; // a dry run: it would have been queued
                }
            }

            await SaveAsync(program, pending, summary, cancellationToken);
            summary.Elapsed = watch.Elapsed;
            progress?.Report(summary);
        }

        summary.Elapsed = watch.Elapsed;
        return summary;
    }

    /// <summary>For one chunk of candidates, in three keyed queries: who already has this program's
    /// email for the period, who unsubscribed from its category, and everyone's recent touches.</summary>
    private async Task<Known> KnownAsync(IEmailProgram program, ProgramCandidate[] chunk, AttentionLedger ledger, CancellationToken cancellationToken)
    {
        var contactIds = chunk.Select(c => c.Contact.Id).Distinct().ToList();
        var sent = (await db.ProgramSends.AsNoTracking()
                .Where(s => s.Program == program.Name && contactIds.Contains(s.ContactId))
                .Select(s => new { s.ContactId, s.Period }).ToListAsync(cancellationToken))
            .Select(s => (s.ContactId, s.Period)).ToHashSet();
        var unsubscribed = (await db.EmailPreferences.AsNoTracking()
                .Where(p => p.Category == program.Category && !p.Subscribed && contactIds.Contains(p.ContactId))
                .Select(p => p.ContactId).ToListAsync(cancellationToken))
            .ToHashSet();
        await budget.ReadIntoAsync(ledger, chunk.Select(c => SubjectOf(c.Contact)).ToList(), cancellationToken);
        return new Known(sent, unsubscribed);
    }

    private async Task<(SkipReason? Skipped, Pending? Email)> PrepareAsync(
        IEmailProgram program, ProgramCandidate candidate, ProgramRun run,
        Known known, HashSet<string> suppressed, AttentionLedger ledger, CancellationToken cancellationToken)
    {
        var contact = candidate.Contact;
        if (known.Sent.Contains((contact.Id, candidate.Period)))
        {
            return (SkipReason.AlreadySent, null);
        }

        if (known.Unsubscribed.Contains(contact.Id))
        {
            return (SkipReason.Unsubscribed, null);
        }

        if (suppressed.Contains(contact.Email))
        {
            return (SkipReason.Suppressed, null);
        }

        var request = new AttentionRequest(SubjectOf(contact), AttentionKind.Email, AttentionClass.Email, Source: "email:" + program.Name);
        if (!ledger.Check(request).Allowed)
        {
            return (SkipReason.OverBudget, null);
        }

        var unsubscribe = links.Unsubscribe(contact.Id, program.Category);
        var email = await program.ComposeAsync(db, candidate, run, unsubscribe, cancellationToken);
        if (email is null)
        {
            return (SkipReason.NothingToSay, null);
        }

        ledger.Count(request, request.Source!);
        return run.DryRun ? (null, null) : (null, new Pending(candidate, request, email, unsubscribe));
    }

    private static AttentionSubject SubjectOf(Contact contact) => new(contact.AccountId, contact.Id, contact.ExternalId);

    /// <summary>Saves the batch in one transaction; if another runner got to one of its contacts
    /// first (the unique key), saves it again contact by contact and counts that one as already sent.</summary>
    private async Task SaveAsync(IEmailProgram program, List<Pending> pending, ProgramRunSummary summary, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var item in pending)
            {
                Attach(program, item);
            }

            await db.SaveChangesAsync(cancellationToken);
            summary.Queued += pending.Count;
        }
        catch (DbUpdateException) when (pending.Count > 1)
        {
            db.ChangeTracker.Clear();
            foreach (var item in pending)
            {
                await SaveOneAsync(program, item, summary, cancellationToken);
            }
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await SaveOneAsync(program, pending[0], summary, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            pending.Clear();
        }
    }

    private async Task SaveOneAsync(IEmailProgram program, Pending item, ProgramRunSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            Attach(program, item);
            await db.SaveChangesAsync(cancellationToken);
            summary.Queued++;
        }
        catch (DbUpdateException)
        {
            // Another runner (a second instance) queued it between our read and our save: the unique
            // key refused ours, and nothing of it was saved. Anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.ProgramSends.AnyAsync(
                    s => s.Program == program.Name && s.ContactId == item.Candidate.Contact.Id && s.Period == item.Candidate.Period, cancellationToken))
            {
                throw;
            }

            summary.Skip(SkipReason.AlreadySent);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Fresh entities for one contact's email: the outbox row, its attention touch and the idempotency record.</summary>
    private void Attach(IEmailProgram program, Pending item)
    {
        var contact = item.Candidate.Contact;
        var message = new EmailMessage
        {
            AccountId = contact.AccountId, ContactId = contact.Id, Category = program.Category, To = contact.Email,
            Subject = item.Email.Subject, TextBody = item.Email.Text, HtmlBody = item.Email.Html,
            UnsubscribeUrl = item.Unsubscribe,
        };
        outbox.Add(message);
        budget.Record(item.Request, item.Request.Source!);
        db.ProgramSends.Add(new ProgramSend
        {
            Program = program.Name, AccountId = contact.AccountId, ContactId = contact.Id, Period = item.Candidate.Period,
            EmailMessage = message, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
    }

    private sealed record Known(HashSet<(int, string)> Sent, HashSet<int> Unsubscribed);

    private sealed record Pending(ProgramCandidate Candidate, AttentionRequest Request, RenderedEmail Email, string Unsubscribe);
}
