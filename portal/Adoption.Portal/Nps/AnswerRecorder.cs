using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;

namespace Adoption.Portal.Nps;

/// <summary>One answer as either channel hands it over, already checked.</summary>
public sealed record AnswerInput(
    Engagement Survey, int AccountId, int? ContactId, string? UserId, int Score, string? Comment, bool? MayContact, NpsChannel Channel, DateTime At);

/// <summary>
/// Stores answers in <see cref="NpsResponse"/>, where health, risks, Today and the business review read NPS: one row
/// per survey, respondent and period (the unique key makes double submits, retries, two tabs and an email link all
/// land on it). A later submit of the same period completes or corrects that row (a score first, the follow-up later).
/// A new answer does its follow-through in the same save: a detractor raises a sentiment risk, a promoter gets an
/// invitation to become a reference.
/// </summary>
public sealed class AnswerRecorder(AdoptionDb db, TimeProvider clock)
{
    public const int MaxComment = 2000;

    public async Task<(NpsResponse Answer, bool Created)> RecordAsync(AnswerInput input, CancellationToken cancellationToken)
    {
        try
        {
            return await TryRecordAsync(input, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent submit stored the row first: this one updates it.
            db.ChangeTracker.Clear();
            return await TryRecordAsync(input, cancellationToken);
        }
    }

    private async Task<(NpsResponse, bool)> TryRecordAsync(AnswerInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = input.Survey.Survey ?? new SurveySettings();
        var period = NpsPeriod.Key(input.At, settings.PeriodMonths);
        var respondent = SurveyFactsLoader.RespondentKey(input.ContactId, input.UserId);
        var comment = input.Comment.TrimmedOrNull();
        var existing = await db.NpsResponses.IgnoreQueryFilters()
            .FirstOrDefaultAsync(n => n.EngagementId == input.Survey.Id && n.Respondent == respondent && n.Period == period, cancellationToken);
        if (existing is not null)
        {
            existing.Score = input.Score;
            if (comment is not null)
            {
                (existing.Comment, existing.CommentedAt) = (comment, now);
            }

            existing.MayContact = input.MayContact ?? existing.MayContact;
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return (existing, false);
        }

        var contact = input.ContactId is { } id
            ? await db.Contacts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Name, c.Role, c.Locale }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var answer = new NpsResponse
        {
            AccountId = input.AccountId, ContactId = input.ContactId, Score = input.Score, Comment = comment, CommentedAt = comment is null ? null : now,
            Channel = input.Channel, RespondedAt = input.At, EngagementId = input.Survey.Id, Respondent = respondent, Period = period,
            UserId = input.UserId, Role = contact?.Role ?? (input.ContactId is null ? ContactRole.User : null), Locale = contact?.Locale,
            MayContact = input.MayContact ?? false,
        };
        db.NpsResponses.Add(answer);
        FollowThrough(answer, contact?.Name, now);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (answer, true);
    }

    private void FollowThrough(NpsResponse answer, string? who, DateTime now)
    {
        switch (NpsMath.Category(answer.Score))
        {
            case NpsCategory.Detractor:
                // One risk per detractor answer, carrying its words; the CSM resolves it (the nightly rules only close their own).
                db.Risks.Add(new Risk
                {
                    AccountId = answer.AccountId, Category = RiskCategory.Sentiment, RaisedAt = now,
                    Title = $"Detractor: {who ?? "a user"} answered {answer.Score} to the NPS survey",
                    Detail = answer.Comment ?? "No follow-up written yet.",
                });
                break;
            case NpsCategory.Promoter:
                db.ReferenceInvitations.Add(new ReferenceInvitation
                {
                    AccountId = answer.AccountId, ContactId = answer.ContactId, Status = ReferenceStatus.Invited, InvitedAt = now,
                    Response = answer,
                });
                break;
        }
    }
}
