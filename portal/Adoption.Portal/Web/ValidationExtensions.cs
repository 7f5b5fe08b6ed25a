using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Adoption.Portal.Web;

public static class ValidationExtensions
{
    /// <summary>Copies FluentValidation errors to ModelState so tag helpers show them by their fields.</summary>
    public static void AddToModelState(this ValidationResult result, ModelStateDictionary modelState, string prefix)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? prefix : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }

    /// <summary>
    /// Validates one of a page's several forms: only the posted form's own fields count (the page's other
    /// forms were not sent), and a value that did not parse binds as empty, so the validator's own message
    /// ("Enter the ARR.") explains it instead of the framework's English-only one.
    /// </summary>
    public static async Task<bool> ValidateFormAsync<T>(this ModelStateDictionary modelState, IValidator<T> validator, T input, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            modelState.Remove(key);
        }

        var validation = await validator.ValidateAsync(input);
        validation.AddToModelState(modelState, prefix);
        return validation.IsValid;
    }
}
