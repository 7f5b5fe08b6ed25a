namespace Adoption.Portal.Analytics;

public static class AnalyticsExtensions
{
    /// <summary>The adoption figures read from what ingestion writes; pages take them per request.</summary>
    public static void AddAnalytics(this WebApplicationBuilder builder) => builder.Services.AddScoped<AdoptionFigures>();
}
