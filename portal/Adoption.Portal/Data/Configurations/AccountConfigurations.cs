using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.ExternalId).HasMaxLength(200);
        b.Property(a => a.Industry).HasMaxLength(100);
        b.Property(a => a.Plan).HasMaxLength(100);
        b.Property(a => a.Currency).HasMaxLength(3);
        b.Property(a => a.CsmUserId).HasMaxLength(450);
        b.Property(a => a.Language).HasMaxLength(10);
        b.Property(a => a.TimeZone).HasMaxLength(64);
        b.HasIndex(a => a.ExternalId).IsUnique();
        b.HasIndex(a => a.RenewalDate);
        b.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.CsmUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.Property(c => c.Email).HasMaxLength(256);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.ExternalId).HasMaxLength(200);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Locale).HasMaxLength(10);
        b.Property(c => c.TimeZone).HasMaxLength(64);
        b.HasOne(c => c.Account).WithMany(a => a.Contacts).HasForeignKey(c => c.AccountId);
        b.HasIndex(c => new { c.AccountId, c.Email }).IsUnique();
        b.HasIndex(c => new { c.AccountId, c.ExternalId });
        // Covers the health score's count of current people for a whole portfolio (no row reads at 200,000 people).
        b.HasIndex(c => new { c.AccountId, c.LeftAt });
        HealthRiskColumns.Configure(b);
    }
}

internal sealed class EmailPreferenceConfiguration : IEntityTypeConfiguration<EmailPreference>
{
    public void Configure(EntityTypeBuilder<EmailPreference> b)
    {
        b.HasOne<Contact>().WithMany(c => c.EmailPreferences).HasForeignKey(p => p.ContactId);
        b.HasIndex(p => new { p.ContactId, p.Category }).IsUnique();
    }
}

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> b)
    {
        b.Property(r => r.Title).HasMaxLength(200);
        b.Property(r => r.Rule).HasMaxLength(64);
        b.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId);
        b.HasIndex(r => new { r.AccountId, r.ResolvedAt });
        HealthRiskColumns.Configure(b);
    }
}

internal sealed class CsmNoteConfiguration : IEntityTypeConfiguration<CsmNote>
{
    public void Configure(EntityTypeBuilder<CsmNote> b)
    {
        b.Property(n => n.AuthorUserId).HasMaxLength(450);
        b.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId);
    }
}

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> b)
    {
        b.Property(t => t.Summary).HasMaxLength(400);
        b.Property(t => t.UserId).HasMaxLength(450);
        b.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);
        b.HasIndex(t => new { t.AccountId, t.OccurredAt });
    }
}

internal sealed class SupportTicketConfiguration : IEntityTypeConfiguration<SupportTicket>
{
    public void Configure(EntityTypeBuilder<SupportTicket> b)
    {
        b.Property(t => t.Subject).HasMaxLength(200);
        b.Property(t => t.ExternalId).HasMaxLength(200);
        b.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);
        b.HasIndex(t => t.ExternalId).IsUnique();
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.Name).HasMaxLength(200);
        b.Property(i => i.InvitedByUserId).HasMaxLength(450);
        b.Property(i => i.TokenHash).HasMaxLength(32);
        b.HasOne<Account>().WithMany().HasForeignKey(i => i.AccountId);
        b.HasIndex(i => i.TokenHash).IsUnique();
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.Locale).HasMaxLength(10);
        b.Property(u => u.TimeZone).HasMaxLength(64);
        b.HasOne<Account>().WithMany().HasForeignKey(u => u.AccountId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contact>().WithMany().HasForeignKey(u => u.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
