using System.Text.Json;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Training;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Adoption.Portal.Data.Configurations;

/// <summary>Texts per locale and quizzes are read and written whole with their module, so each is one JSON column.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>A nullable value as JSON; an empty column (rows from before the column existed) reads as null.</summary>
    public static PropertyBuilder<T?> AsJson<T>(this PropertyBuilder<T?> property) where T : class =>
        property.Convert(s => string.IsNullOrEmpty(s) ? null : JsonSerializer.Deserialize<T>(s, Options));

    /// <summary>A value as JSON; an empty column reads as a new, empty value.</summary>
    public static PropertyBuilder<T> AsJsonOrEmpty<T>(this PropertyBuilder<T> property) where T : class, new() =>
        property.Convert(s => ReadOrEmpty<T>(s));

    private static T ReadOrEmpty<T>(string s) where T : class, new() =>
        string.IsNullOrEmpty(s) ? new T() : JsonSerializer.Deserialize<T>(s, Options) ?? new T();

    private static PropertyBuilder<T> Convert<T>(this PropertyBuilder<T> property, System.Linq.Expressions.Expression<Func<string, T>> read)
    {
        var converter = new ValueConverter<T, string>(v => JsonSerializer.Serialize(v, Options), read);
        var comparer = new ValueComparer<T>(
            (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
            v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
            v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!);
        property.HasConversion(converter, comparer);
        return property;
    }
}

internal sealed class TrainingPathTextsConfiguration : IEntityTypeConfiguration<TrainingPath>
{
    public void Configure(EntityTypeBuilder<TrainingPath> b) => b.Property(p => p.Texts).AsJsonOrEmpty();
}

internal sealed class TrainingModuleExtrasConfiguration : IEntityTypeConfiguration<TrainingModule>
{
    public void Configure(EntityTypeBuilder<TrainingModule> b)
    {
        b.Property(m => m.Texts).AsJsonOrEmpty();
        b.Property(m => m.Quiz).AsJson();
        b.Ignore(m => m.IsVerifiedByUse);
    }
}

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> b)
    {
        b.Property(a => a.Answers).AsJsonOrEmpty();
        b.HasOne<Enrolment>().WithMany().HasForeignKey(a => a.EnrolmentId);
        b.HasOne<TrainingModule>().WithMany().HasForeignKey(a => a.ModuleId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(a => new { a.EnrolmentId, a.ModuleId });
    }
}

internal sealed class PathAssignmentConfiguration : IEntityTypeConfiguration<PathAssignment>
{
    public void Configure(EntityTypeBuilder<PathAssignment> b)
    {
        b.HasOne<TrainingPath>().WithMany().HasForeignKey(a => a.PathId);
        b.HasIndex(a => new { a.PathId, a.Role, a.Stage }).IsUnique();
    }
}

internal sealed class TrainingMilestoneRuleConfiguration : IEntityTypeConfiguration<TrainingMilestoneRule>
{
    public void Configure(EntityTypeBuilder<TrainingMilestoneRule> b)
    {
        b.HasOne<Milestone>().WithMany().HasForeignKey(r => r.MilestoneId);
        b.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<TrainingPath>().WithMany().HasForeignKey(r => r.PathId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<TrainingModule>().WithMany().HasForeignKey(r => r.ModuleId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(r => r.MilestoneId).IsUnique();
        b.HasIndex(r => r.AccountId);
    }
}

internal sealed class TrainingPrivacyConfiguration : IEntityTypeConfiguration<TrainingPrivacy>
{
    public void Configure(EntityTypeBuilder<TrainingPrivacy> b)
    {
        b.HasKey(p => p.ContactId);
        b.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId);
        b.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(p => p.AccountId);
    }
}
