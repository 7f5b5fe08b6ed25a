namespace Adoption.Portal.Domain.Ingestion;

/// <summary>
/// A secret server key lets a host product's server ask for decisions, record outcomes, push support
/// tickets and create sign-in links. Unlike a write key it must never reach a browser. Shown once when
/// created; only its SHA-256 hash is stored, with a short prefix so people can tell keys apart.
/// </summary>
public sealed class ServerKey
{
    public int Id { get; set; }
    public int EnvironmentId { get; set; }
    public ProductEnvironment? Environment { get; set; }
    public required string Name { get; set; }
    public required string Prefix { get; set; }
    public required byte[] Hash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
