using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Plans;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Adoption.Portal.Data.Configurations;

// Each text's other languages are read and written whole with it, so they are one JSON column beside
// the English original (as for training paths and modules).

internal sealed class PlanTemplateTextsConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    public void Configure(EntityTypeBuilder<PlanTemplate> b) => b.Property(t => t.Texts).AsJsonOrEmpty();
}

internal sealed class TemplateObjectiveTextsConfiguration : IEntityTypeConfiguration<TemplateObjective>
{
    public void Configure(EntityTypeBuilder<TemplateObjective> b)
    {
        b.Property(o => o.Texts).AsJsonOrEmpty();
        b.Property(o => o.MetricTexts).AsJsonOrEmpty();
    }
}

internal sealed class TemplateMilestoneTextsConfiguration : IEntityTypeConfiguration<TemplateMilestone>
{
    public void Configure(EntityTypeBuilder<TemplateMilestone> b) => b.Property(m => m.Texts).AsJsonOrEmpty();
}

internal sealed class SuccessPlanTextsConfiguration : IEntityTypeConfiguration<SuccessPlan>
{
    public void Configure(EntityTypeBuilder<SuccessPlan> b) => b.Property(p => p.Texts).AsJsonOrEmpty();
}

internal sealed class ObjectiveTextsConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> b) => b.Property(o => o.Texts).AsJsonOrEmpty();
}

internal sealed class MilestoneTextsConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> b) => b.Property(m => m.Texts).AsJsonOrEmpty();
}

internal sealed class OutcomeMetricTextsConfiguration : IEntityTypeConfiguration<OutcomeMetric>
{
    public void Configure(EntityTypeBuilder<OutcomeMetric> b) => b.Property(m => m.Texts).AsJsonOrEmpty();
}

internal sealed class KeyFeatureTextsConfiguration : IEntityTypeConfiguration<KeyFeature>
{
    public void Configure(EntityTypeBuilder<KeyFeature> b) => b.Property(f => f.Texts).AsJsonOrEmpty();
}
