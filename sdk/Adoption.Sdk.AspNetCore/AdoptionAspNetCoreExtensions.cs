using Adoption.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Sdk.AspNetCore;

/// <summary>Adds nudges to an ASP.NET Core host that already calls <c>AddAdoption</c>.</summary>
public static class AdoptionAspNetCoreExtensions
{
    /// <summary>
    /// Registers what the <c>&lt;adoption-nudges&gt;</c> tag helper and <see cref="MapAdoptionEndpoints"/> need:
    /// the options and antiforgery. Add <c>@addTagHelper *, Adoption.Sdk.AspNetCore</c> to <c>_ViewImports.cshtml</c>.
    /// </summary>
    /// <param name="services">The host's services (with <c>AddAdoption</c> for the client and its server key).</param>
    /// <param name="configure">Changes the defaults, for example how the signed-in user's id is found.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddAdoptionAspNetCore(this IServiceCollection services, Action<AdoptionAspNetCoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AdoptionAspNetCoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddAntiforgery();
        return services;
    }

    /// <summary>
    /// Maps <c>POST /_adoption/outcomes</c> (<see cref="AdoptionAspNetCoreOptions.OutcomesPath"/>), where the
    /// browser posts what the user did with a nudge, and <c>GET /_adoption/outcomes/token</c>, where the script
    /// asks for the antiforgery token the first time the user acts (the page itself carries none). Both need the
    /// signed-in user; a post needs a valid antiforgery token too. The outcome is queued by the SDK and sent with the
    /// server key.
    /// </summary>
    /// <param name="endpoints">The host's routes.</param>
    /// <returns>The two endpoints, to add conventions (rate limiting, say).</returns>
    public static IEndpointConventionBuilder MapAdoptionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetService<Microsoft.Extensions.Options.IOptions<AdoptionAspNetCoreOptions>>()?.Value
            ?? new AdoptionAspNetCoreOptions();
        var outcomes = endpoints.MapGroup(options.OutcomesPath.Value!);
        // Antiforgery is checked inside, for form and JSON posts alike, so the endpoint opts out of the middleware's check.
        outcomes.MapPost("", (Delegate)OutcomeEndpoint.HandleAsync).DisableAntiforgery();
        outcomes.MapGet("/token", (Delegate)TokenEndpoint.Handle);
        return outcomes;
    }
}
