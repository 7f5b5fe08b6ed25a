namespace Adoption.Portal.Revenue;

public static class RevenueExtensions
{
    /// <summary>Renewals, ARR history and retention figures; the reporting currency from <c>Revenue:ReportingCurrency</c>.</summary>
    public static void AddRevenue(this WebApplicationBuilder builder)
    {
        builder.AddPortalOptions<RevenueOptions>(RevenueOptions.Section, o => o.Validate(
            r => r.ReportingCurrency is { Length: 3 }, "Revenue:ReportingCurrency must be a three-letter ISO currency code."));
        builder.Services.AddScoped<RetentionQuery>();
        builder.Services.AddScoped<RenewalDesk>();
        builder.Services.AddScoped<BookOfBusiness>();
    }
}
