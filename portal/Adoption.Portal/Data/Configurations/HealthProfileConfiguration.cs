using Adoption.Portal.Health;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class HealthProfileConfiguration : IEntityTypeConfiguration<HealthProfile>
{
    public void Configure(EntityTypeBuilder<HealthProfile> b)
    {
        b.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.CreatedBy).HasMaxLength(256);
        // "The profile in force" is the highest revision per stage.
        b.HasIndex(p => new { p.Stage, p.Revision });
        HealthRiskColumns.Configure(b);
    }
}
