using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Nps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Survey;

/// <summary>
/// An emailed survey's score link: works without signing in, for the one contact, survey and period its signed token
/// names. Opening a score link records that score at once (one click is the promise of the email) and offers the
/// follow-up; the form keeps the answer in the same row, so the person can still correct the score.
/// </summary>
[AllowAnonymous]
public sealed class AnswerModel(AdoptionDb db, SurveyEmailTokens tokens, AnswerRecorder recorder, TimeProvider clock, IStringLocalizer<AnswerModel> localizer) : PageModel
{
    public bool NotValid { get; private set; }
    public string Question { get; private set; } = "";
    public string FollowUp { get; private set; } = "";
    public string Locale { get; private set; } = "en";

    [BindProperty] public int? Score { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public bool MayContact { get; set; }

    [TempData] public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(string token, int? score)
    {
        var (claims, survey) = await FindAsync(token);
        if (claims is null || survey is null)
        {
            return NotValidLink();
        }

        if (score is not null)
        {
            if (score is < 0 or > 10)
            {
                return NotValidLink();
            }

            await RecordAsync(claims, survey, score.Value, null, null);
            return RedirectToPage(new { token, score = (int?)null });
        }

        var answer = await AnswerAsync(claims);
        (Score, Comment, MayContact) = (answer?.Score, answer?.Comment, answer?.MayContact ?? false);
        Describe(survey, claims, Score);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var (claims, survey) = await FindAsync(token);
        if (claims is null || survey is null)
        {
            return NotValidLink();
        }

        if (Score is not (>= 0 and <= 10))
        {
            ModelState.AddModelError(nameof(Score), localizer["Choose a score from 0 to 10."]);
        }

        if (Comment is { Length: > AnswerRecorder.MaxComment })
        {
            ModelState.AddModelError(nameof(Comment), localizer["Keep the follow-up under 2,000 characters."]);
        }

        if (!ModelState.IsValid)
        {
            Describe(survey, claims, Score);
            return Page();
        }

        await RecordAsync(claims, survey, Score!.Value, Comment, MayContact);
        StatusMessage = localizer["Thank you. Your answer is saved."];
        return RedirectToPage(new { token, score = (int?)null });
    }

    private Task RecordAsync(SurveyEmailToken claims, Engagement survey, int score, string? comment, bool? mayContact) =>
        recorder.RecordAsync(new AnswerInput(survey, claims.AccountId, claims.ContactId, null, score, comment, mayContact, NpsChannel.Email, At(claims, survey)), HttpContext.RequestAborted);

    // The answer counts for the period the email asked about, even when opened after it ended.
    private DateTime At(SurveyEmailToken claims, Engagement survey)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var months = survey.Survey?.PeriodMonths ?? 3;
        return NpsPeriod.Key(now, months) == claims.Period ? now
            : DateTime.SpecifyKind(DateTime.ParseExact(claims.Period, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc).AddMonths(months).AddSeconds(-1);
    }

    private Task<NpsResponse?> AnswerAsync(SurveyEmailToken claims) =>
        db.NpsResponses.AsNoTracking().FirstOrDefaultAsync(n => n.EngagementId == claims.EngagementId && n.Respondent == $"c:{claims.ContactId}" && n.Period == claims.Period);

    private void Describe(Engagement survey, SurveyEmailToken claims, int? score)
    {
        var locale = db.Contacts.AsNoTracking().Where(c => c.Id == claims.ContactId).Select(c => c.Locale).FirstOrDefault() ?? "en";
        var content = survey.Content.FirstOrDefault(c => c.Locale == locale) ?? survey.Content.FirstOrDefault(c => c.Locale == "en") ?? survey.Content.FirstOrDefault();
        Locale = content?.Locale ?? "en";
        Question = content?.Title ?? survey.Name;
        var questions = SurveyWire.For(survey, Locale);
        FollowUp = score is >= 9 ? questions.Promoter : score is >= 7 ? questions.Passive : questions.Detractor;
    }

    private async Task<(SurveyEmailToken?, Engagement?)> FindAsync(string token)
    {
        var claims = tokens.Read(token);
        if (claims is null)
        {
            return (null, null);
        }

        var survey = await db.Engagements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == claims.EngagementId && e.Kind == EngagementKind.Survey);
        return (claims, survey);
    }

    private PageResult NotValidLink()
    {
        NotValid = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
