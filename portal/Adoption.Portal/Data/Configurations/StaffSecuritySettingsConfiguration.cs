using Adoption.Portal.Domain.Security;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class StaffSecuritySettingsConfiguration : IEntityTypeConfiguration<StaffSecuritySettings>
{
    public void Configure(EntityTypeBuilder<StaffSecuritySettings> b)
    {
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
