namespace Adoption.Portal.Domain;

/// <summary>
/// An editable aggregate guarded by optimistic concurrency. SQLite has no rowversion, so the
/// application bumps <see cref="Version"/> on every save (see <c>AdoptionDb.SaveChangesAsync</c>)
/// and EF Core compares the version the editor started from with the stored one.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
