using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Engagements;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> b)
    {
        b.Property(e => e.PublicId).HasMaxLength(20);
        b.HasIndex(e => e.PublicId).IsUnique();
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Placement).HasMaxLength(40);
        b.Property(e => e.Anchor).HasMaxLength(300);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Frequency).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(e => e.Status);
        b.HasOne<KeyFeature>().WithMany().HasForeignKey(e => e.GoalFeatureId).OnDelete(DeleteBehavior.SetNull);
        // Content, steps and targeting are read and written whole with their engagement: JSON columns.
        Json(b.Property(e => e.Content), EngagementJson.Default.ListEngagementContent);
        Json(b.Property(e => e.Steps), EngagementJson.Default.ListChecklistStep);
        Json(b.Property(e => e.Targeting), EngagementJson.Default.Targeting);
    }

    private static void Json<T>(PropertyBuilder<T> property, JsonTypeInfo<T> type) where T : class =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, type),
            s => JsonSerializer.Deserialize(s, type)!,
            new ValueComparer<T>(
                (a, c) => JsonSerializer.Serialize(a!, type) == JsonSerializer.Serialize(c!, type),
                v => JsonSerializer.Serialize(v, type).GetHashCode(StringComparison.Ordinal),
                v => JsonSerializer.Deserialize(JsonSerializer.Serialize(v, type), type)!));
}

internal sealed class EngagementStateConfiguration : IEntityTypeConfiguration<EngagementState>
{
    public void Configure(EntityTypeBuilder<EngagementState> b)
    {
        b.HasKey(s => new { s.EngagementId, s.UserId });
        b.Property(s => s.UserId).HasMaxLength(200);
        // A decision reads one user's states at one account.
        b.HasIndex(s => new { s.UserId, s.AccountId });
        b.HasOne<Engagement>().WithMany().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class EngagementOutcomeConfiguration : IEntityTypeConfiguration<EngagementOutcome>
{
    public void Configure(EntityTypeBuilder<EngagementOutcome> b)
    {
        b.Property(o => o.UserId).HasMaxLength(200);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        // The idempotency key: a replayed outcome finds its row.
        b.HasIndex(o => new { o.EngagementId, o.UserId, o.Kind, o.Day }).IsUnique();
        b.HasOne<Engagement>().WithMany().HasForeignKey(o => o.EngagementId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.NoAction);
    }
}
