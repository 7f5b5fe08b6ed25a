using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Adoption.Sdk;

/// <summary>Registers the Adoption client with dependency injection.</summary>
public static class AdoptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAdoptionClient"/> as a singleton: an <see cref="AdoptionClient"/> that uses the
    /// container's <see cref="IHttpClientFactory"/>, <see cref="TimeProvider"/> (if registered) and
    /// <see cref="ILoggerFactory"/>, or a <see cref="NoOpAdoptionClient"/> when
    /// <see cref="AdoptionOptions.Enabled"/> is <see langword="false"/>. The container disposes it at shutdown,
    /// which sends what is still queued.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options, for example from configuration.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddAdoption(this IServiceCollection services, Action<AdoptionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AdoptionOptions>().Configure(configure);
        services.AddHttpClient(AdoptionClient.HttpClientName);
        services.TryAddSingleton<IAdoptionClient>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AdoptionOptions>>().Value;
            return options.Enabled
                ? new AdoptionClient(options, provider.GetService<IHttpClientFactory>(),
                    provider.GetService<TimeProvider>(), provider.GetService<ILoggerFactory>())
                : new NoOpAdoptionClient();
        });
        return services;
    }
}
