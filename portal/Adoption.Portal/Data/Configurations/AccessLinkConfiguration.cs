using Adoption.Portal.AccessLinks;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class AccessLinkConfiguration : IEntityTypeConfiguration<AccessLink>
{
    public void Configure(EntityTypeBuilder<AccessLink> b)
    {
        b.Property(l => l.UserId).HasMaxLength(450);
        b.Property(l => l.TokenHash).HasMaxLength(32);
        b.Property(l => l.ReturnPath).HasMaxLength(2000);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => new { l.UserId, l.Purpose });
    }
}
