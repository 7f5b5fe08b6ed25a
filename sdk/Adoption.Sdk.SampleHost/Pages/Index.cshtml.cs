using Adoption.Sdk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Sdk.SampleHost.Pages;

/// <summary>The product's home: viewing it is the "dashboards" key feature in the portal's catalogue.</summary>
public sealed class IndexModel(IAdoptionClient adoption) : PageModel
{
    public void OnGet() => adoption.Track(User.UserId(), "Dashboard Viewed");
}
