namespace Adoption.Portal.Nps;

/// <summary>
/// What the survey rules need about one person beyond <see cref="Engagements.UserFacts"/>: their activity, their
/// and their account's answers, the account's roles with their last answer, and their "ask me later"s.
/// </summary>
/// <param name="Respondent">The person's answer key (<c>c:{contactId}</c> or <c>u:{userId}</c>).</param>
/// <param name="ActiveDaysLast30">Days with any activity in the last 30 days.</param>
/// <param name="Answers">Answers to surveys of the engine at the account, recent enough to matter.</param>
/// <param name="RoleLastAnswer">Each role present at the account, with its last NPS answer (any survey, any channel).</param>
/// <param name="AskLater">The person's "ask me later" days, by survey.</param>
public sealed record SurveyFacts(
    string Respondent, int ActiveDaysLast30, IReadOnlyList<SurveyAnswerFact> Answers,
    IReadOnlyDictionary<ContactRole, DateTime?> RoleLastAnswer, IReadOnlyDictionary<int, IReadOnlyList<DateOnly>> AskLater)
{
    public static readonly SurveyFacts None = new("", 0, [], new Dictionary<ContactRole, DateTime?>(), new Dictionary<int, IReadOnlyList<DateOnly>>());
}

/// <summary>One answer: which survey, who, which period, when.</summary>
public sealed record SurveyAnswerFact(int EngagementId, string Respondent, string Period, DateTime At);
