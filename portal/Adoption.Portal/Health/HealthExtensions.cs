namespace Adoption.Portal.Health;

public static class HealthExtensions
{
    public static void AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HealthScorer>();
        builder.Services.AddScoped<HealthHistory>();
        builder.Services.AddScoped<Risks.RiskSignals>();
        builder.Services.AddScoped<Risks.ProductRisks>();
        builder.Services.AddHostedService<HealthNightly>();
    }
}
