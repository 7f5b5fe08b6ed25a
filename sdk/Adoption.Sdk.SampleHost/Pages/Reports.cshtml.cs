using Adoption.Sdk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Sdk.SampleHost.Pages;

/// <summary>Scheduling a report is the "reports" key feature: the event name matches the portal's catalogue.</summary>
public sealed class ReportsModel(IAdoptionClient adoption) : PageModel
{
    private static readonly string[] Formats = ["pdf", "xlsx"];

    [TempData]
    public string? Status { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost(string format)
    {
        var chosen = Formats.Contains(format) ? format : "pdf";
        adoption.Track(User.UserId(), "Report Scheduled", new Dictionary<string, object?> { ["format"] = chosen });
        Status = $"A weekly {chosen.ToUpperInvariant()} report is scheduled.";
        return RedirectToPage();
    }
}
