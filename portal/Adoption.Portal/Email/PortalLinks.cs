using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Adoption.Portal.Email;

/// <summary>
/// Absolute links for emails: always the configured <c>Email:PublicUrl</c>, never the current
/// request's <c>Host</c> header (which anyone can set, and which would put their site in our emails).
/// Only in Development, with nothing configured, the portal's own listening address is used.
/// </summary>
public sealed class PortalLinks(IOptions<OutboxOptions> options, IServiceProvider services, UnsubscribeTokens unsubscribe)
{
    public string Origin => options.Value.PublicUrl?.TrimEnd('/') ?? ListeningAddress();

    public string Absolute(string path) => Origin + path;

    public string Unsubscribe(int contactId, Domain.Accounts.EmailCategory category) =>
        Absolute("/unsubscribe/" + unsubscribe.Create(contactId, category));

    public static bool IsValidOrigin(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);

    private string ListeningAddress()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var first = addresses?.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal)) ?? addresses?.FirstOrDefault();
        return (first ?? "http://localhost:5000").Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
