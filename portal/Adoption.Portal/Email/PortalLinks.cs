using Microsoft.Extensions.Options;

namespace Adoption.Portal.Email;

/// <summary>Absolute links for emails: the configured public address, else the current request's own.</summary>
public sealed class PortalLinks(IOptions<OutboxOptions> options, IHttpContextAccessor http, UnsubscribeTokens unsubscribe)
{
    public string Absolute(string path)
    {
        var request = http.HttpContext?.Request;
        var origin = options.Value.PublicUrl?.TrimEnd('/')
            ?? (request is null ? "http://localhost:5000" : $"{request.Scheme}://{request.Host}{request.PathBase}");
        return origin + path;
    }

    public string Unsubscribe(int contactId, Domain.Accounts.EmailCategory category) =>
        Absolute("/unsubscribe/" + unsubscribe.Create(contactId, category));
}
