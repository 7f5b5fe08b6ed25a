using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>What the account form partial shows: the values, the CSMs to pick from and the field errors.</summary>
public sealed record AccountFields(AccountInput Input, IReadOnlyDictionary<string, string> CsmNames, ModelStateDictionary State)
{
    public string? Error(string key) =>
        State.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The checks that need the database: the CSM exists and no other account has the external id.</summary>
    public static async Task CheckAgainstDatabaseAsync(
        AdoptionDb db, AccountInput input, int? accountId, IReadOnlyDictionary<string, string> csms, ModelStateDictionary state, IStringLocalizer<AccountInput> localizer)
    {
        if (!string.IsNullOrEmpty(input.CsmUserId) && !csms.ContainsKey(input.CsmUserId))
        {
            state.AddModelError("Input.CsmUserId", localizer["Choose a CSM from the list."]);
        }

        var externalId = input.ExternalId?.Trim();
        if (!string.IsNullOrEmpty(externalId) && await db.Accounts.AnyAsync(a => a.ExternalId == externalId && a.Id != accountId))
        {
            state.AddModelError("Input.ExternalId", localizer["Another account already has this external id."]);
        }
    }
}
