namespace Adoption.Portal.Domain.Nps;

/// <summary>
/// The rules of an NPS survey, kept as JSON on its <see cref="Engagements.Engagement"/> (kind Survey), so the live
/// definitions the engine holds in memory carry them. Every rule is checked by <c>Nps/SurveyRules</c>.
/// </summary>
public sealed class SurveySettings
{
    /// <summary>Share of eligible people (1..100) ever asked: a stable bucket per person.</summary>
    public int SamplePercent { get; set; } = 100;
    /// <summary>Days since the person was first active in the product before they are asked.</summary>
    public int MinDaysSinceFirstSeen { get; set; }
    /// <summary>Days the person was active in the last 30 days before they are asked.</summary>
    public int MinActiveDays { get; set; }
    /// <summary>Days after their last answer to this survey before the same person is asked again.</summary>
    public int ResurveyDays { get; set; } = 90;
    /// <summary>The length of a period in months (3: a quarter); one answer per person and period, at most.</summary>
    public int PeriodMonths { get; set; } = 3;
    /// <summary>At most one answer per account and period: once someone at the account answered, nobody else is asked.</summary>
    public bool OneAnswerPerAccount { get; set; } = true;
    /// <summary>Ask the role whose last answer is oldest first (sponsor, champion, admin, user).</summary>
    public bool RotateRoles { get; set; }
    /// <summary>"Ask me later" hides the survey for this many days…</summary>
    public int AskLaterDays { get; set; } = 3;
    /// <summary>…at most this many times a period; after that it waits for the next period.</summary>
    public int AskLaterMax { get; set; } = 2;
    /// <summary>Days after it was first shown, unanswered, before it is sent by email; 0 sends no email.</summary>
    public int EmailAfterDays { get; set; } = 7;
    /// <summary>The follow-up question per language, different for promoters, passives and detractors.</summary>
    public List<SurveyFollowUp> FollowUps { get; set; } = [];
}

/// <summary>The follow-up questions in one language.</summary>
public sealed class SurveyFollowUp
{
    public required string Locale { get; set; }
    public string Promoter { get; set; } = "";
    public string Passive { get; set; } = "";
    public string Detractor { get; set; } = "";
}

/// <summary>How an answer's score groups (Net Promoter: 9–10, 7–8, 0–6).</summary>
public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}
