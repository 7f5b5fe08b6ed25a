namespace Adoption.Portal.Pages.Csm.Portfolio;

public static class PortfolioExtensions
{
    /// <summary>The scored portfolio kept between requests, and the save hook that keeps it current.</summary>
    public static void AddPortfolio(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PortfolioCache>();
        builder.Services.AddSingleton<PortfolioChanges>();
        // Added to the pooled contexts' options beside the data layer's own interceptors, for either provider.
        builder.Services.ConfigureDbContext<SqliteAdoptionDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PortfolioChanges>()));
        builder.Services.ConfigureDbContext<SqlServerAdoptionDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PortfolioChanges>()));
    }
}
