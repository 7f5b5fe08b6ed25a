namespace Adoption.Portal.Data;

/// <summary>
/// Something that fills the database once it is migrated at start (the demo registers one).
/// Data runs every registered seeder and knows none of them.
/// </summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
