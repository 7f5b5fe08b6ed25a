using Adoption.Portal.Domain.Email;
using Adoption.Portal.Domain.Ingestion;
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
        // Ticks: the hot path binds a long instead of formatting text, and rows stay small.
        b.Property(e => e.Timestamp).HasConversion(v => v.Ticks, v => new DateTime(v, DateTimeKind.Utc));
        b.Property(e => e.ReceivedAt).HasConversion(v => v.Ticks, v => new DateTime(v, DateTimeKind.Utc));
        b.Ignore(e => e.UserKey);
        // Exactly once: a retried message with the same id from the same key is stored once. It is the
        // table's only secondary index on purpose: each index is paid for on every event written.
        // Ordered by the sender's timestamp first, so each commit appends to the index's end (random
        // messageIds first would dirty a random leaf page per event, and every one is written at commit).
        b.HasIndex(e => new { e.WriteKeyId, e.SentTimestamp, e.MessageId }).IsUnique();
        b.HasOne<WriteKey>().WithMany().HasForeignKey(e => e.WriteKeyId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class KnownUserConfiguration : IEntityTypeConfiguration<KnownUser>
{
    public void Configure(EntityTypeBuilder<KnownUser> b)
    {
        b.HasKey(u => u.UserKey);
        b.Property(u => u.UserKey).HasMaxLength(200);
        b.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId);
    }
}

internal sealed class RollupCheckpointConfiguration : IEntityTypeConfiguration<RollupCheckpoint>
{
    public void Configure(EntityTypeBuilder<RollupCheckpoint> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasData(new RollupCheckpoint());
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

internal sealed class UserEventConfiguration : IEntityTypeConfiguration<UserEvent>
{
    public void Configure(EntityTypeBuilder<UserEvent> b)
    {
        b.Property(r => r.UserKey).HasMaxLength(200);
        b.Property(r => r.Event).HasMaxLength(200);
        // Account and person first: a decision reads one person's rows of a few names, a single seek.
        b.HasKey(r => new { r.AccountId, r.UserKey, r.Event });
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
        // The sender's query: the first unsent messages in order, whose next attempt is due. Only
        // unsent ones are in the index, in queue order, so a batch reads its rows and stops, however
        // many were sent before or are waiting behind it (no sort of the whole queue per batch).
        b.HasIndex(m => m.Id, "IX_EmailOutbox_Unsent").HasFilter("[SentAt] IS NULL AND [FailedAt] IS NULL");
        b.HasOne<Account>().WithMany().HasForeignKey(m => m.AccountId).OnDelete(DeleteBehavior.SetNull);
    }
}
