using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Adoption.Sdk.AspNetCore.Internal;

/// <summary>
/// The HTML of an NPS survey: a region holding one form, the score as a group of eleven native radio buttons (so
/// arrow keys move between them and a screen reader says "3 of 11") labelled at both ends, the follow-up question,
/// consent to be contacted, and two real submit buttons. Hooks: <c>data-adoption-survey</c>, <c>data-adoption-score</c>,
/// <c>data-adoption-followup</c> and <c>data-adoption-action="submit|dismiss"</c>. "Ask me later" posts a snooze.
/// </summary>
internal static class SurveyMarkup
{
    private static readonly HtmlEncoder Html = NudgeMarkup.Html;

    public static void Write(StringBuilder html, Engagement survey, NudgeForm form)
    {
        var id = NudgeMarkup.ElementId(survey.Id);
        var labels = SurveyLabels.For(survey.Content.Locale);
        var lang = Html.Encode(survey.Content.Locale);
        var questions = survey.Survey ?? new SurveyQuestions();
        var sid = Html.Encode(survey.Id);
        html.Append("<section class=\"adoption-nudge adoption-survey\" role=\"region\" data-adoption-nudge=\"").Append(sid)
            .Append("\" data-adoption-survey=\"").Append(sid).Append("\" data-adoption-kind=\"survey\" aria-labelledby=\"").Append(id)
            .Append("-title\" lang=\"").Append(lang).Append("\">")
            .Append("<form class=\"adoption-survey-form\" method=\"post\" action=\"").Append(form.Action).Append("\">")
            .Append("<input type=\"hidden\" name=\"token\" value=\"").Append(Html.Encode(survey.Token)).Append("\">")
            .Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(form.ReturnUrl).Append("\">")
            .Append("<fieldset class=\"adoption-scale\" aria-describedby=\"").Append(id).Append("-ends\">")
            .Append("<legend class=\"adoption-title\" id=\"").Append(id).Append("-title\">").Append(Html.Encode(survey.Content.Title)).Append("</legend>");
        if (survey.Content.Body.Length > 0)
        {
            html.Append("<p class=\"adoption-body\">").Append(Html.Encode(survey.Content.Body)).Append("</p>");
        }

        html.Append("<div class=\"adoption-scores\">");
        for (var score = 0; score <= 10; score++)
        {
            var s = score.ToString(CultureInfo.InvariantCulture);
            html.Append("<input type=\"radio\" name=\"score\" required id=\"").Append(id).Append("-s").Append(s).Append("\" value=\"").Append(s)
                .Append("\" data-adoption-score=\"").Append(s).Append("\"><label for=\"").Append(id).Append("-s").Append(s).Append("\">").Append(s)
                .Append("<span class=\"adoption-visually-hidden\"> ").Append(Html.Encode(labels.ScoreOf)).Append("</span></label>");
        }

        html.Append("</div><p class=\"adoption-scale-ends\" id=\"").Append(id).Append("-ends\"><span>").Append(Html.Encode(labels.Low))
            .Append("</span> <span>").Append(Html.Encode(labels.High)).Append("</span></p></fieldset>")
            .Append("<label class=\"adoption-followup-label\" for=\"").Append(id).Append("-followup\" data-adoption-followup-label data-promoter=\"")
            .Append(Html.Encode(questions.Promoter)).Append("\" data-passive=\"").Append(Html.Encode(questions.Passive))
            .Append("\" data-detractor=\"").Append(Html.Encode(questions.Detractor)).Append("\" data-default=\"").Append(Html.Encode(labels.FollowUp))
            .Append("\">").Append(Html.Encode(labels.FollowUp)).Append("</label>")
            .Append("<textarea class=\"adoption-followup\" id=\"").Append(id).Append("-followup\" name=\"comment\" rows=\"3\" maxlength=\"2000\" data-adoption-followup></textarea>")
            .Append("<label class=\"adoption-consent\"><input type=\"checkbox\" name=\"mayContact\" value=\"true\"> ").Append(Html.Encode(labels.MayContact)).Append("</label>")
            .Append("<div class=\"adoption-actions\">")
            .Append("<button type=\"submit\" class=\"adoption-cta\" name=\"kind\" value=\"answered\" data-adoption-action=\"submit\">").Append(Html.Encode(labels.Send)).Append("</button>")
            .Append("<button type=\"submit\" class=\"adoption-snooze\" name=\"kind\" value=\"snoozed\" formnovalidate data-adoption-action=\"dismiss\">")
            .Append(Html.Encode(labels.AskLater)).Append("</button></div>")
            .Append("<p class=\"adoption-survey-thanks\" role=\"status\" data-adoption-thanks=\"").Append(Html.Encode(labels.Thanks)).Append("\"></p>")
            .Append("</form></section>");
    }
}
