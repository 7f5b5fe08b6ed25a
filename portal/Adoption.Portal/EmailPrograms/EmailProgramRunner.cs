using System.Diagnostics;
using Adoption.Portal.Attention;
using Adoption.Portal.Data;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// Runs an email program: for each due contact checks the idempotency record, the contact's
/// category preference and the attention budget, then saves the outbox row, the attention touch and
/// the <see cref="ProgramSend"/> in one transaction. A crash loses nothing (the next run picks up
/// the contacts not yet saved) and repeats nothing (the unique key refuses a second row, also when
/// two portal instances run the same program at once).
/// </summary>
public sealed class EmailProgramRunner(
    AdoptionDb db, IEnumerable<IEmailProgram> programs, Outbox outbox, AttentionBudget budget, PortalLinks links, TimeProvider clock)
{
    public IEmailProgram? Find(string name) => programs.FirstOrDefault(p => p.Name == name);

    public IReadOnlyList<IEmailProgram> All => programs.ToList();

    public async Task<ProgramRunSummary> RunAsync(
        IEmailProgram program, ProgramRun run, IProgress<ProgramRunSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = new ProgramRunSummary(program.Name);
        var watch = Stopwatch.StartNew();
        var candidates = await program.SelectAsync(db, run, cancellationToken);
        var contactIds = candidates.Select(c => c.Contact.Id).ToList();
        var sent = (await db.ProgramSends.AsNoTracking()
                .Where(s => s.Program == program.Name && contactIds.Contains(s.ContactId))
                .Select(s => new { s.ContactId, s.Period }).ToListAsync(cancellationToken))
            .Select(s => (s.ContactId, s.Period)).ToHashSet();
        var unsubscribed = (await db.EmailPreferences.AsNoTracking()
                .Where(p => p.Category == program.Category && !p.Subscribed && contactIds.Contains(p.ContactId))
                .Select(p => p.ContactId).ToListAsync(cancellationToken))
            .ToHashSet();

        foreach (var candidate in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            summary.Considered++;
            var reason = await QueueAsync(program, candidate, run, sent, unsubscribed, cancellationToken);
            if (reason is { } skipped)
            {
                summary.Skip(skipped);
            }
            else
            {
                summary.Queued++;
            }

            if (summary.Considered % 500 == 0)
            {
                summary.Elapsed = watch.Elapsed;
                progress?.Report(summary);
            }
        }

        summary.Elapsed = watch.Elapsed;
        return summary;
    }

    private async Task<SkipReason?> QueueAsync(
        IEmailProgram program, ProgramCandidate candidate, ProgramRun run,
        HashSet<(int, string)> sent, HashSet<int> unsubscribed, CancellationToken cancellationToken)
    {
        var contact = candidate.Contact;
        if (sent.Contains((contact.Id, candidate.Period)))
        {
            return SkipReason.AlreadySent;
        }

        if (unsubscribed.Contains(contact.Id))
        {
            return SkipReason.Unsubscribed;
        }

        var request = new AttentionRequest(
            new AttentionSubject(contact.AccountId, contact.Id, contact.ExternalId), AttentionKind.Email, AttentionClass.Email, Source: "email:" + program.Name);
        if (!(await budget.CheckAsync(request, cancellationToken)).Allowed)
        {
            return SkipReason.OverBudget;
        }

        var unsubscribe = links.Unsubscribe(contact.Id, program.Category);
        var email = await program.ComposeAsync(db, candidate, run, unsubscribe, cancellationToken);
        if (email is null)
        {
            return SkipReason.NothingToSay;
        }

        if (run.DryRun)
        {
            return null;
        }

        var message = new EmailMessage
        {
            AccountId = contact.AccountId, ContactId = contact.Id, Category = program.Category, To = contact.Email,
            Subject = email.Subject, TextBody = email.Text, HtmlBody = email.Html,
            UnsubscribeUrl = unsubscribe,
        };
        outbox.Add(message);
        budget.Record(request, request.Source!);
        db.ProgramSends.Add(new ProgramSend
        {
            Program = program.Name, AccountId = contact.AccountId, ContactId = contact.Id, Period = candidate.Period,
            EmailMessage = message, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // Another runner (a second instance) queued it between our read and our save: the unique
            // key refused ours, and nothing of it was saved. Anything else is a real failure.
            if (await AlreadyRecordedAsync(program, candidate, cancellationToken))
            {
                return SkipReason.AlreadySent;
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private Task<bool> AlreadyRecordedAsync(IEmailProgram program, ProgramCandidate candidate, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return db.ProgramSends.AnyAsync(
            s => s.Program == program.Name && s.ContactId == candidate.Contact.Id && s.Period == candidate.Period, cancellationToken);
    }
}
