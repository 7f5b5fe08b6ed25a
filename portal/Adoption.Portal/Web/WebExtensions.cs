using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Adoption.Portal.Web;

public static class WebExtensions
{
    public static void AddPortalPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<CurrentTenant>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Write Finnish, Italian and Chinese text as characters, not as &#x...; entities (the default
        // encoder passes Basic Latin only); markup characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        if (builder.PortalOptions().ForwardedHeaders)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }

        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Customer", Policies.Customer);
                o.Conventions.AuthorizeFolder("/Csm", Policies.Csm);
            })
            .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        // A nudge's targeting validator needs the catalogue's feature keys of the moment: its form
        // builds one per post, so it is left out of the container.
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton,
            filter: scan => scan.ValidatorType != typeof(Engagements.TargetingValidator));
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = builder.CookieSecurePolicy() == CookieSecurePolicy.Always ? "__Host-adoption.antiforgery" : "adoption.antiforgery";
            o.Cookie.SecurePolicy = builder.CookieSecurePolicy();
        });
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            // Cached read-only cultures: the middleware hands them out as they are instead of cloning
            // them (and rebuilding their number and date formats from ICU) on every request.
            var cultures = PortalCultures.All.Select(c => CultureInfo.GetCultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(PortalCultures.Default);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentUICultures = true;
            // The profile's language first, then an explicit choice, then the browser's.
            o.RequestCultureProviders.Insert(0, new ProfileCultureProvider());
            var browser = o.RequestCultureProviders.OfType<AcceptLanguageHeaderRequestCultureProvider>().Single();
            o.RequestCultureProviders[o.RequestCultureProviders.IndexOf(browser)] = new BrowserCultureProvider { Options = o };
        });
    }

    public static void UsePortalPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            // Security/ErrorHandling.cs: 503 for a busy database, problem+json on the APIs.
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = Security.PortalExceptionHandler.StatusCodeOf });
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        Security.SecondFactor.StaffSecondFactorRequirement.UseStaffSecondFactorRequirement(app);
        app.UseRequestLocalization();
        app.UseAuthorization();
        app.MapRazorPages();
    }
}
