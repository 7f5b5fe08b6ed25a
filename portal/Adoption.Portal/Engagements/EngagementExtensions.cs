namespace Adoption.Portal.Engagements;

public static class EngagementExtensions
{
    /// <summary>The engagement engine: live definitions in memory, the decider, outcomes and tokens.</summary>
    public static void AddEngagements(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveEngagements>();
        builder.Services.AddSingleton<EngagementTokens>();
        builder.Services.AddSingleton<UserFactsCache>();
        builder.Services.AddSingleton<UserStateCache>();
        builder.Services.AddScoped<EngagementDecider>();
        builder.Services.AddScoped<OutcomeRecorder>();
    }
}
