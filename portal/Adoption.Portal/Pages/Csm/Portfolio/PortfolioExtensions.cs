namespace Adoption.Portal.Pages.Csm.Portfolio;

public static class PortfolioExtensions
{
    /// <summary>The scored portfolio kept between requests, and the save hook that keeps it current.</summary>
    public static void AddPortfolio(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PortfolioCache>();
        builder.Services.AddSaveWatch<PortfolioChanges>();
    }
}
