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
}
