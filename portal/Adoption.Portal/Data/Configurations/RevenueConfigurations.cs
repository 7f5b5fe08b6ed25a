using Adoption.Portal.Domain.Revenue;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class RenewalRecordConfiguration : IEntityTypeConfiguration<RenewalRecord>
{
    public void Configure(EntityTypeBuilder<RenewalRecord> b)
    {
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Notes).HasMaxLength(2000);
        // No foreign key to the user: a term keeps its CSM after they leave (and SQL Server allows
        // one cascade path only, which the account already takes).
        b.Property(r => r.CsmUserId).HasMaxLength(450);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Forecast).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(r => new { r.AccountId, r.DueDate }).IsUnique();
        b.HasIndex(r => r.DueDate);
        b.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId);
        b.HasOne(r => r.ReasonCode).WithMany().HasForeignKey(r => r.ReasonCodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ArrChangeConfiguration : IEntityTypeConfiguration<ArrChange>
{
    public void Configure(EntityTypeBuilder<ArrChange> b)
    {
        b.Property(c => c.Currency).HasMaxLength(3);
        // No foreign key to the user: the history keeps who owned the account even after they leave.
        b.Property(c => c.CsmUserId).HasMaxLength(450);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Segment).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Coverage).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(c => new { c.AccountId, c.EffectiveOn });
        b.HasOne(c => c.Account).WithMany().HasForeignKey(c => c.AccountId);
    }
}

internal sealed class ReasonCodeConfiguration : IEntityTypeConfiguration<ReasonCode>
{
    public void Configure(EntityTypeBuilder<ReasonCode> b)
    {
        b.Property(r => r.Code).HasMaxLength(40);
        b.Property(r => r.Label).HasMaxLength(200);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(r => r.Code).IsUnique();
    }
}

internal sealed class CurrencyRateConfiguration : IEntityTypeConfiguration<CurrencyRate>
{
    public void Configure(EntityTypeBuilder<CurrencyRate> b)
    {
        b.Property(r => r.Currency).HasMaxLength(3);
        b.Property(r => r.Rate).HasPrecision(18, 6);
        b.HasIndex(r => new { r.Currency, r.ValidFrom }).IsUnique();
    }
}

internal sealed class CsmTargetConfiguration : IEntityTypeConfiguration<CsmTarget>
{
    public void Configure(EntityTypeBuilder<CsmTarget> b)
    {
        b.Property(t => t.CsmUserId).HasMaxLength(450);
        b.HasIndex(t => new { t.CsmUserId, t.Quarter }).IsUnique();
        b.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.CsmUserId);
    }
}

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> b)
    {
        b.Property(o => o.Title).HasMaxLength(200);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.CsmUserId).HasMaxLength(450);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(o => o.Stage).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(o => o.AccountId);
        b.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId);
    }
}
