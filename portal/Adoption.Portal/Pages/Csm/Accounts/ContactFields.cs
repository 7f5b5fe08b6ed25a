using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Adoption.Portal.Pages.Csm.Accounts;

/// <summary>What the contact form partial shows: the values and the field errors.</summary>
public sealed record ContactFields(ContactInput Input, ModelStateDictionary State)
{
    public string? Error(string key) =>
        State.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>One address per account: the person is found by it when they accept an invitation.</summary>
    public static async Task CheckAgainstDatabaseAsync(
        AdoptionDb db, ContactInput input, int accountId, int? contactId, ModelStateDictionary state, IStringLocalizer<ContactInput> localizer)
    {
        var email = input.Email.Trim();
        if (await db.Contacts.AnyAsync(c => c.AccountId == accountId && c.Email == email && c.Id != contactId))
        {
            state.AddModelError("Input.Email", localizer["Someone at this account already has this address."]);
        }
    }
}
