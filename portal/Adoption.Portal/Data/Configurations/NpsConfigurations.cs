using System.Text.Json;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Nps;
using Adoption.Portal.Nps;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

/// <summary>A survey's rules ride on its engagement as one JSON column, so the live definitions carry them.</summary>
internal sealed class EngagementSurveyConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> b) =>
        b.Property(e => e.Survey).HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, NpsJson.Default.SurveySettings),
            s => s == null ? null : JsonSerializer.Deserialize(s, NpsJson.Default.SurveySettings),
            new ValueComparer<SurveySettings?>(
                (a, c) => Json(a) == Json(c),
                v => Json(v).GetHashCode(StringComparison.Ordinal),
                v => v == null ? null : JsonSerializer.Deserialize(Json(v), NpsJson.Default.SurveySettings)));

    private static string Json(SurveySettings? v) => v is null ? "" : JsonSerializer.Serialize(v, NpsJson.Default.SurveySettings);
}

/// <summary>The survey columns of <see cref="NpsResponse"/>: one answer per survey, respondent and period.</summary>
internal sealed class NpsResponseSurveyConfiguration : IEntityTypeConfiguration<NpsResponse>
{
    public void Configure(EntityTypeBuilder<NpsResponse> b)
    {
        b.Property(n => n.Respondent).HasMaxLength(220);
        b.Property(n => n.Period).HasMaxLength(16);
        b.Property(n => n.UserId).HasMaxLength(200);
        b.Property(n => n.Locale).HasMaxLength(20);
        // Double clicks, retries, two tabs and an email link all land on this one row.
        b.HasIndex(n => new { n.EngagementId, n.Respondent, n.Period }).IsUnique();
        b.HasOne<Engagement>().WithMany().HasForeignKey(n => n.EngagementId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ReferenceInvitationConfiguration : IEntityTypeConfiguration<ReferenceInvitation>
{
    public void Configure(EntityTypeBuilder<ReferenceInvitation> b)
    {
        b.ToTable("NpsReferenceInvitations");
        b.HasIndex(r => r.NpsResponseId).IsUnique();
        b.HasIndex(r => r.AccountId);
        b.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId);
        b.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne(r => r.Response).WithMany().HasForeignKey(r => r.NpsResponseId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class ChangeNoteConfiguration : IEntityTypeConfiguration<ChangeNote>
{
    public void Configure(EntityTypeBuilder<ChangeNote> b)
    {
        b.ToTable("NpsChangeNotes");
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Body).HasMaxLength(4000);
        b.Property(c => c.CreatedBy).HasMaxLength(256);
        b.HasMany(c => c.Links).WithOne().HasForeignKey(l => l.ChangeNoteId);
    }
}

internal sealed class ChangeNoteLinkConfiguration : IEntityTypeConfiguration<ChangeNoteLink>
{
    public void Configure(EntityTypeBuilder<ChangeNoteLink> b)
    {
        b.ToTable("NpsChangeNoteLinks");
        b.HasKey(l => new { l.ChangeNoteId, l.NpsResponseId });
        b.HasIndex(l => l.AccountId);
        b.HasOne<NpsResponse>().WithMany().HasForeignKey(l => l.NpsResponseId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.NoAction);
    }
}
