using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Domain.Value;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class ValueEntryConfiguration : IEntityTypeConfiguration<ValueEntry>
{
    public void Configure(EntityTypeBuilder<ValueEntry> b)
    {
        b.Property(v => v.Outcome).HasMaxLength(200);
        b.Property(v => v.Unit).HasMaxLength(50);
        b.Property(v => v.Evidence).HasMaxLength(2000);
        b.Property(v => v.CustomerSignedOffBy).HasMaxLength(200);
        b.Property(v => v.CsmSignedOffBy).HasMaxLength(200);
        b.Ignore(v => v.FullySignedOff);
        b.HasOne<Account>().WithMany().HasForeignKey(v => v.AccountId);
        b.HasOne<Objective>().WithMany().HasForeignKey(v => v.ObjectiveId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(v => new { v.AccountId, v.AchievedOn });
    }
}

internal sealed class TrainingPathConfiguration : IEntityTypeConfiguration<TrainingPath>
{
    public void Configure(EntityTypeBuilder<TrainingPath> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId);
        b.HasMany(p => p.Modules).WithOne().HasForeignKey(m => m.PathId);
    }
}

internal sealed class TrainingModuleConfiguration : IEntityTypeConfiguration<TrainingModule>
{
    public void Configure(EntityTypeBuilder<TrainingModule> b)
    {
        b.Property(m => m.Title).HasMaxLength(200);
        b.Property(m => m.Url).HasMaxLength(1000);
        b.HasOne<KeyFeature>().WithMany().HasForeignKey(m => m.KeyFeatureId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.Property(e => e.CertificateCode).HasMaxLength(32);
        b.HasOne(e => e.Path).WithMany().HasForeignKey(e => e.PathId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId);
        b.HasIndex(e => new { e.ContactId, e.PathId }).IsUnique();
        b.HasIndex(e => e.CertificateCode).IsUnique();
        b.HasMany(e => e.Completions).WithOne().HasForeignKey(c => c.EnrolmentId);
    }
}

internal sealed class ModuleCompletionConfiguration : IEntityTypeConfiguration<ModuleCompletion>
{
    public void Configure(EntityTypeBuilder<ModuleCompletion> b)
    {
        b.HasOne<TrainingModule>().WithMany().HasForeignKey(c => c.ModuleId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(c => new { c.EnrolmentId, c.ModuleId }).IsUnique();
    }
}

internal sealed class KeyFeatureConfiguration : IEntityTypeConfiguration<KeyFeature>
{
    public void Configure(EntityTypeBuilder<KeyFeature> b)
    {
        b.Property(f => f.Key).HasMaxLength(100);
        b.Property(f => f.Name).HasMaxLength(200);
        b.HasIndex(f => f.Key).IsUnique();
        b.HasMany(f => f.Rules).WithOne().HasForeignKey(r => r.FeatureId);
    }
}

internal sealed class FeatureEventRuleConfiguration : IEntityTypeConfiguration<FeatureEventRule>
{
    public void Configure(EntityTypeBuilder<FeatureEventRule> b)
    {
        b.Property(r => r.EventName).HasMaxLength(200);
        b.Property(r => r.PropertyName).HasMaxLength(200);
        b.Property(r => r.PropertyValue).HasMaxLength(200);
        b.HasIndex(r => r.EventName);
    }
}

internal sealed class NpsResponseConfiguration : IEntityTypeConfiguration<NpsResponse>
{
    public void Configure(EntityTypeBuilder<NpsResponse> b)
    {
        b.Property(n => n.Comment).HasMaxLength(2000);
        b.Ignore(n => n.IsPromoter);
        b.Ignore(n => n.IsDetractor);
        b.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId);
        b.HasOne<Contact>().WithMany().HasForeignKey(n => n.ContactId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(n => new { n.AccountId, n.RespondedAt });
    }
}
