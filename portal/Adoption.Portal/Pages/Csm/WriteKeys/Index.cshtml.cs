using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Ingestion.Api;
using Adoption.Portal.Ingestion.WriteKeys;
using Adoption.Portal.ServerKeys;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Adoption.Portal.Pages.Csm.WriteKeys;

/// <summary>
/// The host products' write keys: create one for a product environment (the key is shown once),
/// see them by prefix, revoke one. A revoked key is refused by the tracking API at once. The secret
/// server keys, which host products' servers use for decisions and outcomes, are kept the same way.
/// </summary>
public sealed class IndexModel(AdoptionDb db, TimeProvider clock, WriteKeyAuthenticator keys, ServerKeyAuthenticator serverKeys,
    IValidator<IndexModel.InputModel> validator, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The key just created: in TempData, so it is shown on the next page and then gone.</summary>
    [TempData]
    public string? NewKey { get; set; }

    /// <summary>The secret server key just created, shown once like <see cref="NewKey"/>.</summary>
    [TempData]
    public string? NewServerKey { get; set; }

    public IReadOnlyList<KeyRow> Keys { get; private set; } = [];
    public IReadOnlyList<KeyRow> ServerKeys { get; private set; } = [];
    public IReadOnlyList<string> Environments { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            await LoadAsync();
            return Page();
        }

        var environment = await EnvironmentAsync();
        var (key, entity) = WriteKeyFactory.Create(environment, Input.Name!.Trim(), clock.GetUtcNow().UtcDateTime);
        db.WriteKeys.Add(entity);
        await db.SaveChangesAsync();
        NewKey = key;
        StatusMessage = localizer["Write key created. Copy it now: it is not shown again."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var key = await db.WriteKeys.FirstOrDefaultAsync(k => k.Id == id);
        if (key is null)
        {
            return NotFound();
        }

        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        // Revocation must not wait for the cache to expire on this server.
        keys.Forget();
        StatusMessage = localizer["Write key revoked: the tracking API refuses it from now on."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateServerKeyAsync()
    {
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            await LoadAsync();
            return Page();
        }

        var (key, entity) = ServerKeyFactory.Create(await EnvironmentAsync(), Input.Name!.Trim(), clock.GetUtcNow().UtcDateTime);
        db.ServerKeys.Add(entity);
        await db.SaveChangesAsync();
        NewServerKey = key;
        StatusMessage = localizer["Server key created. Copy it now: it is not shown again."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeServerKeyAsync(int id)
    {
        var key = await db.ServerKeys.FirstOrDefaultAsync(k => k.Id == id);
        if (key is null)
        {
            return NotFound();
        }

        key.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        serverKeys.Forget();
        StatusMessage = localizer["Server key revoked: the server API refuses it from now on."];
        return RedirectToPage();
    }

    private async Task<ProductEnvironment> EnvironmentAsync()
    {
        var name = Input.Environment!.Trim();
        return await db.ProductEnvironments.FirstOrDefaultAsync(e => e.Name == name)
            ?? db.ProductEnvironments.Add(new ProductEnvironment { Name = name }).Entity;
    }

    private async Task LoadAsync()
    {
        Keys = await db.WriteKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Environment!.Name).ThenBy(k => k.Name)
            .Select(k => new KeyRow(k.Id, k.Name, k.Environment!.Name, k.Prefix, k.CreatedAt, k.RevokedAt))
            .ToListAsync();
        ServerKeys = await db.ServerKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Environment!.Name).ThenBy(k => k.Name)
            .Select(k => new KeyRow(k.Id, k.Name, k.Environment!.Name, k.Prefix, k.CreatedAt, k.RevokedAt))
            .ToListAsync();
        Environments = await db.ProductEnvironments.AsNoTracking().OrderBy(e => e.Name).Select(e => e.Name).ToListAsync();
    }

    public sealed record KeyRow(int Id, string Name, string Environment, string Prefix, DateTime CreatedAt, DateTime? RevokedAt);

    public sealed class InputModel
    {
        public string? Environment { get; set; }
        public string? Name { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator(IStringLocalizer<IndexModel> localizer)
        {
            RuleFor(i => i.Environment).NotEmpty().WithMessage(_ => localizer["Name the product environment, e.g. Production."])
                .MaximumLength(100).WithMessage(_ => localizer["Keep the environment name to 100 characters."]);
            RuleFor(i => i.Name).NotEmpty().WithMessage(_ => localizer["Name the key after what uses it, e.g. Web app."])
                .MaximumLength(100).WithMessage(_ => localizer["Keep the key name to 100 characters."]);
        }
    }
}
