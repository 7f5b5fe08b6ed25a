using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Health.Today;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class RiskEventConfiguration : IEntityTypeConfiguration<RiskEvent>
{
    public void Configure(EntityTypeBuilder<RiskEvent> b)
    {
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Text).HasMaxLength(4000);
        b.Property(e => e.ByName).HasMaxLength(200);
        b.HasOne<Risk>().WithMany(r => r.History).HasForeignKey(e => e.RiskId);
        b.HasIndex(e => new { e.RiskId, e.At });
    }
}

internal sealed class SentimentEntryConfiguration : IEntityTypeConfiguration<SentimentEntry>
{
    public void Configure(EntityTypeBuilder<SentimentEntry> b)
    {
        b.Property(e => e.Sentiment).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.Property(e => e.ByName).HasMaxLength(200);
        b.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId);
        // The rules read each account's latest entry.
        b.HasIndex(e => new { e.AccountId, e.At });
    }
}

internal sealed class TodayItemStateConfiguration : IEntityTypeConfiguration<TodayItemState>
{
    public void Configure(EntityTypeBuilder<TodayItemState> b)
    {
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Reason).HasMaxLength(500);
        b.Property(s => s.ByUserId).HasMaxLength(450);
        b.Property(s => s.ByName).HasMaxLength(200);
        b.HasIndex(s => s.Key).IsUnique();
        b.HasIndex(s => s.AccountId);
        b.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId);
    }
}

/// <summary>The risk lifecycle's columns on <see cref="Risk"/> and the support thresholds on health profiles.</summary>
internal static class HealthRiskColumns
{
    public static void Configure(EntityTypeBuilder<Risk> b)
    {
        b.Ignore(r => r.Status);
        b.Property(r => r.OwnerUserId).HasMaxLength(450);
        b.HasOne<KeyFeature>().WithMany().HasForeignKey(r => r.KeyFeatureId).OnDelete(DeleteBehavior.SetNull);
        // The product report groups open risks by the feature they concern.
        b.HasIndex(r => new { r.KeyFeatureId, r.ResolvedAt });
    }

    public static void Configure(EntityTypeBuilder<Contact> b)
    {
        // Today and the company rule look for the few people who left lately or whose email bounces,
        // across every account: small partial indexes find them without walking 200,000 people.
        // (Square brackets quote a column in both SQLite and SQL Server.)
        b.HasIndex(c => c.LeftAt).HasFilter("[LeftAt] IS NOT NULL");
        b.HasIndex(c => c.EmailBouncedAt).HasFilter("[EmailBouncedAt] IS NOT NULL");
    }

    public static void Configure(EntityTypeBuilder<Health.HealthProfile> b)
    {
        // Revisions saved before these settings existed keep the built-in limits.
        b.Property(p => p.NewTicketsInPeriod).HasDefaultValue(8);
        b.Property(p => p.TicketPeriodDays).HasDefaultValue(30);
        b.Property(p => p.OpenTicketsAtOnce).HasDefaultValue(5);
        b.Property(p => p.UrgentTicketsAtOnce).HasDefaultValue(2);
        b.Property(p => p.TicketWaitDays).HasDefaultValue(14);
    }
}
