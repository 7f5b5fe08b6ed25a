using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Reviews;

internal sealed class RoiReviewConfiguration : IEntityTypeConfiguration<RoiReview>
{
    public void Configure(EntityTypeBuilder<RoiReview> b)
    {
        b.Property(r => r.ReviewedBy).HasMaxLength(200);
        b.HasIndex(r => r.AccountId);
        b.HasOne<Domain.Accounts.Account>().WithMany().HasForeignKey(r => r.AccountId);
    }
}
