namespace Adoption.Portal.Domain.Adoption;

/// <summary>An answer to "how likely are you to recommend us" (0-10) and its follow-up.</summary>
public sealed class NpsResponse
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int? ContactId { get; set; }
    public int Score { get; set; }
    public string? Comment { get; set; }
    public NpsChannel Channel { get; set; }
    public DateTime RespondedAt { get; set; }

    // Answers to a survey of the engagement engine (null for answers collected before or elsewhere).
    /// <summary>The survey (an engagement of kind Survey) this answers.</summary>
    public int? EngagementId { get; set; }
    /// <summary>Who answered, one key for both channels: <c>c:{contactId}</c>, or <c>u:{userId}</c> for a host user who is no contact.</summary>
    public string? Respondent { get; set; }
    /// <summary>The survey period answered, e.g. <c>2026-10</c> (its first month): one answer per survey, respondent and period.</summary>
    public string? Period { get; set; }
    /// <summary>The host product's user id, when answered in the product.</summary>
    public string? UserId { get; set; }
    /// <summary>The respondent's role when they answered, for rotation across roles.</summary>
    public Domain.Accounts.ContactRole? Role { get; set; }
    /// <summary>The language the question was asked in.</summary>
    public string? Locale { get; set; }
    /// <summary>When the follow-up was written; null while the answer is a score alone.</summary>
    public DateTime? CommentedAt { get; set; }
    /// <summary>The respondent agreed to be contacted about their answer.</summary>
    public bool MayContact { get; set; }

    public bool IsPromoter => Score >= 9;
    public bool IsDetractor => Score <= 6;
}

public enum NpsChannel
{
    Portal = 0,
    InProduct = 1,
    Email = 2,
}
