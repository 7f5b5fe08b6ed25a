using Adoption.Portal.Email;

namespace Adoption.Portal.EmailPrograms;

/// <summary>
/// One tech-touch email program. The runner owns everything programs share (preferences, the
/// attention budget, the idempotency record, the outbox); a program only says who is due in which
/// period and what to tell them.
/// </summary>
public interface IEmailProgram
{
    /// <summary>The command name, e.g. <c>weekly-digest</c>; also the idempotency key's program part.</summary>
    string Name { get; }

    EmailCategory Category { get; }

    /// <summary>The contacts due now, each with the period its email belongs to.</summary>
    Task<IReadOnlyList<ProgramCandidate>> SelectAsync(AdoptionDb db, ProgramRun run, CancellationToken cancellationToken);

    /// <summary>The email for <paramref name="candidate"/>, in its language; null when there is nothing worth saying.
    /// <paramref name="unsubscribeUrl"/> is the one the message's List-Unsubscribe header carries, for the footer.</summary>
    Task<RenderedEmail?> ComposeAsync(AdoptionDb db, ProgramCandidate candidate, ProgramRun run, string unsubscribeUrl, CancellationToken cancellationToken);
}

/// <summary>A contact a program considers, and the period key of the email it would get.</summary>
public sealed record ProgramCandidate(Contact Contact, string Period);

/// <summary>One run of a program.</summary>
/// <param name="Now">UTC time of the run.</param>
/// <param name="Scheduled">True for the scheduler: only contacts whose local time has reached the
/// program's send time are due. An operator's <c>programs run</c> takes everyone in the current period.</param>
/// <param name="AccountId">Only this account, when set.</param>
/// <param name="DryRun">Count what would be queued, queue nothing.</param>
public sealed record ProgramRun(DateTime Now, bool Scheduled = false, int? AccountId = null, bool DryRun = false);
