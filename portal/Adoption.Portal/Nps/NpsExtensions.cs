namespace Adoption.Portal.Nps;

public static class NpsExtensions
{
    /// <summary>NPS surveys on the engagement engine: answers, follow-through and the email fallback.</summary>
    public static void AddNps(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AnswerRecorder>();
        builder.Services.AddScoped<ChangeNotes>();
        builder.Services.AddSingleton<SurveyEmailTokens>();
        builder.Services.AddSingleton<SurveyFactsCache>();
        builder.Services.AddSaveWatch<SurveyFactsWatch>();
        builder.Services.AddScoped<EmailPrograms.IEmailProgram, NpsEmailProgram>();
    }
}
