namespace Adoption.Portal.Attention;

public static class AttentionExtensions
{
    /// <summary>The attention budget, its limits from <c>Attention:*</c>; a negative limit fails at start.</summary>
    public static void AddAttention(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AttentionLimits>()
            .Bind(builder.Configuration.GetSection(AttentionLimits.Section))
            .Validate(l => l.InterruptingPerUserPerDay >= 0 && l.AmbientPerUserPerDay >= 0 && l.EmailsPerContactPerWeek >= 0
                    && l.InterruptingPerAccountPerDay >= 0 && l.SurveyWaitDays >= 0,
                "Attention:* limits must be zero or more.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AttentionLimitsSource>();
        builder.Services.AddHostedService<AttentionLimitsRefresher>();
        builder.Services.AddScoped<AttentionBudget>();
        builder.Services.AddSingleton<AttentionTouchCache>();
        builder.Services.AddSaveWatch<AttentionTouchWatch>();
    }
}
