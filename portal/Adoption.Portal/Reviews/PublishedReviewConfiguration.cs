using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Reviews;

internal sealed class PublishedReviewConfiguration : IEntityTypeConfiguration<PublishedReview>
{
    public void Configure(EntityTypeBuilder<PublishedReview> b)
    {
        b.Property(r => r.PeriodKey).HasMaxLength(7);
        b.Property(r => r.PublishedBy).HasMaxLength(200);
        b.HasIndex(r => new { r.AccountId, r.PeriodKey }).IsUnique();
        b.HasOne<Domain.Accounts.Account>().WithMany().HasForeignKey(r => r.AccountId);
    }
}
