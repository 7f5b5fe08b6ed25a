using Adoption.Portal.Import;

namespace Adoption.Portal.Pages.Csm.Import;

/// <summary>
/// CSV import with a preview: the upload is checked line by line and nothing is saved until the CSM
/// confirms; the confirmation sends the same text back and it is checked again (nothing from the
/// browser is trusted), so a file that went bad meanwhile still imports nothing.
/// </summary>
[RequestFormLimits(ValueLengthLimit = MaxBytes, MultipartBodyLengthLimit = MaxBytes)]
[RequestSizeLimit(MaxBytes)]
public sealed class IndexModel(Importers importers, IStringLocalizer<IndexModel> localizer) : CsmPageModel
{
    private const int MaxBytes = 16 * 1024 * 1024;

    [BindProperty]
    public ImportKind Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file's text, sent back by the confirm form.</summary>
    [BindProperty]
    public string? Csv { get; set; }

    public ImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), localizer["Choose a CSV file."]);
            return Page();
        }

        using var reader = new StreamReader(Upload.OpenReadStream());
        Csv = await reader.ReadToEndAsync();
        Result = await importers.RunAsync(Kind, Csv, save: false, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        if (string.IsNullOrEmpty(Csv))
        {
            ModelState.AddModelError(nameof(Upload), localizer["Choose a CSV file."]);
            return Page();
        }

        Result = await importers.RunAsync(Kind, Csv, save: true, HttpContext.RequestAborted);
        return Result.Succeeded
            ? Saved("/Csm/Import/Index", null, localizer["Imported {0} lines: {1} created, {2} updated.", Result.Lines, Result.Created, Result.Updated])
            : Page();
    }
}
