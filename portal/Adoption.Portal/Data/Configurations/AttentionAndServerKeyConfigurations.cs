using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Ingestion;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> b)
    {
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.Hash).HasMaxLength(32);
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasOne(k => k.Environment).WithMany().HasForeignKey(k => k.EnvironmentId);
    }
}

internal sealed class AttentionTouchConfiguration : IEntityTypeConfiguration<AttentionTouch>
{
    public void Configure(EntityTypeBuilder<AttentionTouch> b)
    {
        b.Property(t => t.UserId).HasMaxLength(200);
        b.Property(t => t.Source).HasMaxLength(100);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Class).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Priority).HasConversion<string>().HasMaxLength(16);
        // Every budget read is "this account, recent": the person filter runs on the few rows left.
        b.HasIndex(t => new { t.AccountId, t.At });
        // A program run reads many people's touches at once: by contact (the foreign key's index) and by user ID.
        b.HasIndex(t => new { t.AccountId, t.UserId, t.At });
        b.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);
        b.HasOne<Contact>().WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class AttentionSettingsConfiguration : IEntityTypeConfiguration<AttentionSettings>
{
    public void Configure(EntityTypeBuilder<AttentionSettings> b) => b.Property(s => s.UpdatedBy).HasMaxLength(256);
}
