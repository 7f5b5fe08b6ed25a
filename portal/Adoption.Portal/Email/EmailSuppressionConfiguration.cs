using Adoption.Portal.Domain.Email;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Email;

internal sealed class EmailSuppressionConfiguration : IEntityTypeConfiguration<EmailSuppression>
{
    public void Configure(EntityTypeBuilder<EmailSuppression> b)
    {
        b.ToTable("EmailSuppressions");
        b.Property(s => s.Address).HasMaxLength(256);
        b.Property(s => s.Reason).HasMaxLength(1000);
        b.HasIndex(s => s.Address).IsUnique();
    }
}
