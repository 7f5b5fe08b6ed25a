using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Domain.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class WriteKeyConfiguration : IEntityTypeConfiguration<WriteKey>
{
    public void Configure(EntityTypeBuilder<WriteKey> b)
    {
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Prefix).HasMaxLength(16);
        b.Property(k => k.Hash).HasMaxLength(32);
        b.HasIndex(k => k.Hash).IsUnique();
        b.HasOne(k => k.Environment).WithMany().HasForeignKey(k => k.EnvironmentId);
    }
}

internal sealed class ProductEnvironmentConfiguration : IEntityTypeConfiguration<ProductEnvironment>
{
    public void Configure(EntityTypeBuilder<ProductEnvironment> b) => b.Property(e => e.Name).HasMaxLength(100);
}

internal sealed class TrackedEventConfiguration : IEntityTypeConfiguration<TrackedEvent>
{
    public void Configure(EntityTypeBuilder<TrackedEvent> b)
    {
        b.Property(e => e.MessageId).HasMaxLength(100);
        b.Property(e => e.Type).HasMaxLength(16);
        b.Property(e => e.Event).HasMaxLength(200);
        b.Property(e => e.UserId).HasMaxLength(200);
        b.Property(e => e.AnonymousId).HasMaxLength(200);
        b.Property(e => e.GroupId).HasMaxLength(200);
        // Exactly once: a retried message with the same id from the same key is stored once.
        b.HasIndex(e => new { e.WriteKeyId, e.MessageId }).IsUnique();
        b.HasIndex(e => e.ReceivedAt);
        b.HasOne<WriteKey>().WithMany().HasForeignKey(e => e.WriteKeyId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class AccountFeatureDayConfiguration : IEntityTypeConfiguration<AccountFeatureDay>
{
    public void Configure(EntityTypeBuilder<AccountFeatureDay> b) => b.HasKey(r => new { r.AccountId, r.FeatureId, r.Day });
}

internal sealed class UserDayConfiguration : IEntityTypeConfiguration<UserDay>
{
    public void Configure(EntityTypeBuilder<UserDay> b)
    {
        b.Property(r => r.UserKey).HasMaxLength(200);
        b.HasKey(r => new { r.AccountId, r.Day, r.UserKey });
    }
}

internal sealed class UserFeatureDayConfiguration : IEntityTypeConfiguration<UserFeatureDay>
{
    public void Configure(EntityTypeBuilder<UserFeatureDay> b)
    {
        b.Property(r => r.UserKey).HasMaxLength(200);
        b.HasKey(r => new { r.AccountId, r.FeatureId, r.Day, r.UserKey });
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> b)
    {
        b.ToTable("EmailOutbox");
        b.Property(m => m.To).HasMaxLength(256);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
        // The sender's query: unsent messages whose next attempt is due.
        b.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        b.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.SetNull);
    }
}
