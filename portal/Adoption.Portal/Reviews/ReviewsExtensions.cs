using Adoption.Portal.EmailPrograms;
using Adoption.Portal.Pages.Invitations;
using Microsoft.AspNetCore.Localization;

namespace Adoption.Portal.Reviews;

public static class ReviewsExtensions
{
    /// <summary>
    /// Published business reviews (the "review ready" email program that sends their link), and the
    /// invitation page speaking the invitee's language ahead of the browser's.
    /// </summary>
    public static void AddReviews(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IEmailProgram, ReviewReady>();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            var browser = o.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().FirstOrDefault();
            var at = browser is null ? o.RequestCultureProviders.Count : o.RequestCultureProviders.IndexOf(browser);
            o.RequestCultureProviders.Insert(at, new InvitationCultureProvider { Options = o });
        });
    }
}
