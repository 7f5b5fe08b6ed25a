using Adoption.Sdk.Internal;

namespace Adoption.Sdk;

/// <summary>
/// What the portal knows about a customer account (a group), sent with
/// <see cref="IAdoptionClient.Group(string?, string, GroupTraits?, MessageOptions?)"/>.
/// </summary>
public sealed class GroupTraits
{
    /// <summary>The customer company's name. Default: none.</summary>
    public string? Name { get; init; }

    /// <summary>The plan or edition the account is on. Default: none.</summary>
    public string? Plan { get; init; }

    /// <summary>Annual recurring revenue of the account, in the account's currency. Default: none.</summary>
    public decimal? Arr { get; init; }

    /// <summary>Any further traits, sent alongside the named ones (a named trait wins on a clash). Default: none.</summary>
    public IReadOnlyDictionary<string, object?>? Other { get; init; }

    internal Dictionary<string, object?> ToWire() =>
        Traits.Merge(Other, ("name", Name), ("plan", Plan), ("arr", Arr));
}
