using Adoption.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Sdk.SampleHost.Pages;

/// <summary>Creating an alert is the "alerts" key feature.</summary>
public sealed class AlertsModel(IAdoptionClient adoption) : PageModel
{
    [TempData]
    public string? Status { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost(int threshold)
    {
        var value = Math.Clamp(threshold, 1, 100);
        adoption.Track(User.UserId(), "Alert Created", new Dictionary<string, object?> { ["threshold"] = value });
        Status = $"You will be alerted when more than {value} shipments are delayed.";
        return RedirectToPage();
    }
}
