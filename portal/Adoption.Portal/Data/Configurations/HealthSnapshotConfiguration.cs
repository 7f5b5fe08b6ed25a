using Adoption.Portal.Health;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class HealthSnapshotConfiguration : IEntityTypeConfiguration<HealthSnapshot>
{
    public void Configure(EntityTypeBuilder<HealthSnapshot> b)
    {
        b.Property(s => s.Color).HasConversion<string>().HasMaxLength(8);
        // One row per account and day; the chart reads an account's last 90 of them.
        b.HasIndex(s => new { s.AccountId, s.Day }).IsUnique();
        b.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId);
    }
}
