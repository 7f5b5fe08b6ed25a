using Adoption.Sdk.Internal;

namespace Adoption.Sdk;

/// <summary>
/// What the portal knows about a person of a customer account, sent with
/// <see cref="IAdoptionClient.Identify(string?, UserTraits?, MessageOptions?)"/>.
/// </summary>
public sealed class UserTraits
{
    /// <summary>The person's email address, used to match the portal's contact. Default: none.</summary>
    public string? Email { get; init; }

    /// <summary>The person's display name. Default: none.</summary>
    public string? Name { get; init; }

    /// <summary>The person's role in the customer company (for example <c>admin</c>, <c>champion</c>). Default: none.</summary>
    public string? Role { get; init; }

    /// <summary>The person's language, as a culture name (for example <c>fi-FI</c>). Default: none.</summary>
    public string? Locale { get; init; }

    /// <summary>Any further traits, sent alongside the named ones (a named trait wins on a clash). Default: none.</summary>
    public IReadOnlyDictionary<string, object?>? Other { get; init; }

    internal Dictionary<string, object?> ToWire() =>
        Traits.Merge(Other, ("email", Email), ("name", Name), ("role", Role), ("locale", Locale));
}
