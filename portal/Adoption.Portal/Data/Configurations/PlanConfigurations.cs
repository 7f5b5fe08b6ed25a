using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

internal sealed class SuccessPlanConfiguration : IEntityTypeConfiguration<SuccessPlan>
{
    public void Configure(EntityTypeBuilder<SuccessPlan> b)
    {
        b.Property(p => p.Title).HasMaxLength(200);
        b.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId);
        b.HasOne<PlanTemplate>().WithMany().HasForeignKey(p => p.TemplateId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => p.AccountId).IsUnique();
        // Only the database's triggers move it; the application never writes it back.
        b.Property(p => p.ContentRevision).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> b)
    {
        b.ToTable(t => t.HasTrigger(PlanRevisionTriggers.NameFor("Objectives")));
        b.Property(o => o.Title).HasMaxLength(200);
        b.HasOne(o => o.Plan).WithMany(p => p.Objectives).HasForeignKey(o => o.PlanId);
    }
}

internal sealed class OutcomeMetricConfiguration : IEntityTypeConfiguration<OutcomeMetric>
{
    public void Configure(EntityTypeBuilder<OutcomeMetric> b)
    {
        b.ToTable(t => t.HasTrigger(PlanRevisionTriggers.NameFor("Metrics")));
        b.Property(m => m.Name).HasMaxLength(200);
        b.Property(m => m.Unit).HasMaxLength(50);
        b.Ignore(m => m.Progress);
        b.HasOne<Objective>().WithMany(o => o.Metrics).HasForeignKey(m => m.ObjectiveId);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> b)
    {
        b.ToTable(t => t.HasTrigger(PlanRevisionTriggers.NameFor("Milestones")));
        b.Property(m => m.Title).HasMaxLength(200);
        b.HasOne(m => m.Objective).WithMany(o => o.Milestones).HasForeignKey(m => m.ObjectiveId);
        b.HasOne<KeyFeature>().WithMany().HasForeignKey(m => m.AutoCompleteFeatureId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => new { m.Status, m.DueDate });
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> b)
    {
        b.ToTable(t => t.HasTrigger(PlanRevisionTriggers.NameFor("PlanComments")));
        b.Property(c => c.AuthorUserId).HasMaxLength(450);
        b.Property(c => c.AuthorName).HasMaxLength(200);
        b.Property(c => c.Body).HasMaxLength(4000);
        b.HasOne<SuccessPlan>().WithMany().HasForeignKey(c => c.PlanId);
        // Comments go with their plan; SQL Server forbids a second cascade path through objectives.
        b.HasOne<Objective>().WithMany().HasForeignKey(c => c.ObjectiveId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Milestone>().WithMany(m => m.Comments).HasForeignKey(c => c.MilestoneId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class PlanTemplateConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    public void Configure(EntityTypeBuilder<PlanTemplate> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.HasMany(t => t.Objectives).WithOne().HasForeignKey(o => o.TemplateId);
    }
}

internal sealed class TemplateObjectiveConfiguration : IEntityTypeConfiguration<TemplateObjective>
{
    public void Configure(EntityTypeBuilder<TemplateObjective> b)
    {
        b.Property(o => o.Title).HasMaxLength(200);
        b.Property(o => o.MetricName).HasMaxLength(200);
        b.Property(o => o.MetricUnit).HasMaxLength(50);
        b.HasMany(o => o.Milestones).WithOne().HasForeignKey(m => m.TemplateObjectiveId);
    }
}

internal sealed class TemplateMilestoneConfiguration : IEntityTypeConfiguration<TemplateMilestone>
{
    public void Configure(EntityTypeBuilder<TemplateMilestone> b) => b.Property(m => m.Title).HasMaxLength(200);
}
