using Adoption.Portal.Security.Sessions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> b)
    {
        b.Property(s => s.Id).HasMaxLength(64);
        b.Property(s => s.UserId).HasMaxLength(450);
        b.Property(s => s.SecurityStamp).HasMaxLength(256);
        b.Property(s => s.Device).HasMaxLength(100);
        // A deleted person takes their sessions along.
        b.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId);
    }
}
