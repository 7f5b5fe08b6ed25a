namespace Adoption.Portal.Domain.Ingestion;

/// <summary>A product environment (production, staging…) that sends events with its own keys.</summary>
public sealed class ProductEnvironment
{
    public int Id { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// A write key authenticates a host product. The key itself is shown once when created; only its
/// SHA-256 hash is stored, with a short prefix so people can tell keys apart.
/// </summary>
public sealed class WriteKey
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
