using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Adoption.Portal.Security;

/// <summary>
/// Outside Development the portal answers only over https: a plain-http request is redirected to the
/// https port. When the portal listens on plain http alone and no https port is known (neither an
/// https address, <c>Portal:HttpsPort</c>, nor <c>Portal:ForwardedHeaders</c> behind a TLS proxy) it
/// stops at start with a message naming those settings, rather than serving pages that cannot sign in.
/// </summary>
public sealed record HttpsRequirement(bool Required, int? HttpsPort, bool BehindProxy)
{
    public static HttpsRequirement From(IConfiguration configuration, IHostEnvironment environment) =>
        From(configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions(), configuration, environment);

    public static HttpsRequirement From(PortalOptions portal, IConfiguration configuration, IHostEnvironment environment)
    {
        // A TLS-terminating proxy serves https on the standard port unless told otherwise.
        var port = portal.HttpsPort ?? configuration.GetValue<int?>("https_port") ?? (portal.ForwardedHeaders ? 443 : null);
        return new HttpsRequirement(!portal.HttpAllowed(environment), port, portal.ForwardedHeaders);
    }

    public const string Unreachable =
        "The portal listens only on plain http, and outside Development it serves sign-ins only over https. " +
        "Give it an https address (ASPNETCORE_URLS=https://…, with a certificate in Kestrel:Certificates:Default), " +
        "or set Portal:ForwardedHeaders=true behind a TLS-terminating proxy, or Portal:HttpsPort to the port https is served on. " +
        "Portal:AllowHttp=true turns the rule off (trusted networks only).";

    /// <summary>Null when https can be reached from the listening <paramref name="addresses"/>; otherwise why not.</summary>
    public string? Problem(IReadOnlyCollection<string> addresses) =>
        !Required || HttpsPort is not null || addresses.Count == 0
        || addresses.Any(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? null
            : Unreachable;

    internal void FailWhenUnreachable(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // The in-memory test server has no addresses; Kestrel knows its bound ones once started.
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            if (Problem(addresses?.ToList() ?? []) is { } problem)
            {
                app.Logger.LogCritical("{Problem}", problem);
                Environment.ExitCode = 1;
                app.Lifetime.StopApplication();
            }
        });
}
