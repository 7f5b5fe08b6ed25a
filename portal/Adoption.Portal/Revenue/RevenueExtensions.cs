namespace Adoption.Portal.Revenue;

public static class RevenueExtensions
{
    /// <summary>Renewals, ARR history and retention figures; the reporting currency from <c>Revenue:ReportingCurrency</c>.</summary>
    public static void AddRevenue(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RevenueOptions.Section).Get<RevenueOptions>() ?? new RevenueOptions();
        if (options.ReportingCurrency is not { Length: 3 })
        {
            throw new InvalidOperationException("Revenue:ReportingCurrency must be a three-letter ISO currency code.");
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddScoped<RetentionQuery>();
        builder.Services.AddScoped<RenewalDesk>();
    }
}
