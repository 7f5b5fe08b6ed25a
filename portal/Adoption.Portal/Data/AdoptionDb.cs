using Adoption.Portal.Domain;
using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Domain.Value;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Adoption.Portal.Data;

/// <summary>
/// The whole domain and ASP.NET Core Identity in one context. Each provider has its own subclass
/// and its own migrations, so the model stays one and the SQL stays native:
/// <code>
/// dotnet ef migrations add Name -p portal/Adoption.Portal -c SqliteAdoptionDb    -o Data/Migrations/Sqlite
/// dotnet ef migrations add Name -p portal/Adoption.Portal -c SqlServerAdoptionDb -o Data/Migrations/SqlServer
/// </code>
/// (<c>scripts/add-migration.sh Name</c> runs both.)
/// </summary>
public abstract class AdoptionDb(DbContextOptions options, CurrentTenant? tenant) : IdentityDbContext<PortalUser>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>Read by the tenancy query filters at each query; null sees every account (vendor staff, jobs).</summary>
    internal int? TenantAccountId => tenant?.AccountId;

    /// <summary>
    /// The application's <see cref="CurrentTenant"/>, when the options come from the portal's services.
    /// It is a singleton that reads the signed-in user of the request under way, so one pooled context
    /// serves request after request and each query still sees only the caller's account.
    /// </summary>
    // The application's clock (a fake one in tests), for rows a save adds on its own.
    private TimeProvider Clock => this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? TimeProvider.System;

    protected static CurrentTenant? TenantFrom(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<CurrentTenant>();

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<EmailPreference> EmailPreferences => Set<EmailPreference>();
    public DbSet<Risk> Risks => Set<Risk>();
    public DbSet<CsmNote> CsmNotes => Set<CsmNote>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();
    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SuccessPlan> Plans => Set<SuccessPlan>();
    public DbSet<Objective> Objectives => Set<Objective>();
    public DbSet<OutcomeMetric> Metrics => Set<OutcomeMetric>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<PlanComment> PlanComments => Set<PlanComment>();
    public DbSet<PlanTemplate> PlanTemplates => Set<PlanTemplate>();

    public DbSet<ValueEntry> ValueEntries => Set<ValueEntry>();

    public DbSet<TrainingPath> TrainingPaths => Set<TrainingPath>();
    public DbSet<TrainingModule> TrainingModules => Set<TrainingModule>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<ModuleCompletion> ModuleCompletions => Set<ModuleCompletion>();

    public DbSet<KeyFeature> KeyFeatures => Set<KeyFeature>();
    public DbSet<FeatureEventRule> FeatureEventRules => Set<FeatureEventRule>();
    public DbSet<NpsResponse> NpsResponses => Set<NpsResponse>();

    public DbSet<ProductEnvironment> ProductEnvironments => Set<ProductEnvironment>();
    public DbSet<WriteKey> WriteKeys => Set<WriteKey>();
    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();
    public DbSet<TrackedEvent> TrackedEvents => Set<TrackedEvent>();
    public DbSet<AccountFeatureDay> AccountFeatureDays => Set<AccountFeatureDay>();
    public DbSet<UserDay> UserDays => Set<UserDay>();
    public DbSet<UserFeatureDay> UserFeatureDays => Set<UserFeatureDay>();
    public DbSet<UserEvent> UserEvents => Set<UserEvent>();
    public DbSet<KnownUser> KnownUsers => Set<KnownUser>();
    public DbSet<RollupCheckpoint> RollupCheckpoints => Set<RollupCheckpoint>();

    public DbSet<EmailMessage> EmailOutbox => Set<EmailMessage>();

    public DbSet<AttentionTouch> AttentionTouches => Set<AttentionTouch>();
    public DbSet<AttentionSettings> AttentionSettings => Set<AttentionSettings>();

    // Engagements: in-app nudges (and surveys) with per-user state and the exposure/outcome log.
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<EngagementState> EngagementStates => Set<EngagementState>();
    public DbSet<EngagementOutcome> EngagementOutcomes => Set<EngagementOutcome>();
    // Revenue: renewals, ARR history and what CS operations keep for retention figures.
    public DbSet<RenewalRecord> Renewals => Set<RenewalRecord>();
    public DbSet<ArrChange> ArrChanges => Set<ArrChange>();
    public DbSet<ReasonCode> ReasonCodes => Set<ReasonCode>();
    public DbSet<CurrencyRate> CurrencyRates => Set<CurrencyRate>();
    public DbSet<CsmTarget> CsmTargets => Set<CsmTarget>();
    // Onboarding: single-use links to set or reset a password and to sign in from the host product.
    public DbSet<AccessLinks.AccessLink> AccessLinks => Set<AccessLinks.AccessLink>();
    // Security: server-side sign-in sessions and the Data Protection key ring.
    public DbSet<Adoption.Portal.Security.Sessions.SignInSession> SignInSessions => Set<Adoption.Portal.Security.Sessions.SignInSession>();
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    // Health: the versioned profiles CS operations judge health by.
    public DbSet<Health.HealthProfile> HealthProfiles => Set<Health.HealthProfile>();
    public DbSet<Health.HealthSnapshot> HealthSnapshots => Set<Health.HealthSnapshot>();
    // Health: risk history and notes, the CSM's sentiment entries, and what CSMs decided about Today's items.
    public DbSet<RiskEvent> RiskEvents => Set<RiskEvent>();
    public DbSet<SentimentEntry> SentimentEntries => Set<SentimentEntry>();
    public DbSet<Health.Today.TodayItemState> TodayItemStates => Set<Health.Today.TodayItemState>();
    // Email programs: one row per (program, contact, period) queued, so no program sends an email twice.
    public DbSet<ProgramSend> ProgramSends => Set<ProgramSend>();
    // Staff second factor: the CS-ops rule that every staff member signs in with an authenticator app.
    public DbSet<Domain.Security.StaffSecuritySettings> StaffSecuritySettings => Set<Domain.Security.StaffSecuritySettings>();
    // NPS: promoters' reference invitations and the "what we changed" notes linked to answers.
    public DbSet<Domain.Nps.ReferenceInvitation> ReferenceInvitations => Set<Domain.Nps.ReferenceInvitation>();
    public DbSet<Domain.Nps.ChangeNote> ChangeNotes => Set<Domain.Nps.ChangeNote>();
    public DbSet<Domain.Nps.ChangeNoteLink> ChangeNoteLinks => Set<Domain.Nps.ChangeNoteLink>();
    // Training: quiz attempts, paths that start themselves, milestones finished by training, the team view's opt-out.
    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();
    public DbSet<PathAssignment> PathAssignments => Set<PathAssignment>();
    public DbSet<TrainingMilestoneRule> TrainingMilestoneRules => Set<TrainingMilestoneRule>();
    public DbSet<TrainingPrivacy> TrainingPrivacy => Set<TrainingPrivacy>();
    // Email delivery: addresses whose mailbox does not exist (SMTP 5.1.1), never mailed again.
    public DbSet<EmailSuppression> EmailSuppressions => Set<EmailSuppression>();
    // Business reviews: a quarter's review as the CSM published it, frozen.
    public DbSet<Reviews.PublishedReview> PublishedReviews => Set<Reviews.PublishedReview>();
    // ROI gate: the CSM reviewed a negative ROI statement before the customer sees it.
    public DbSet<Reviews.RoiReview> RoiReviews => Set<Reviews.RoiReview>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AdoptionDb).Assembly);
        TenancyFilters.Apply(builder, this);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; the converter restores DateTimeKind.Utc on the way back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        Revenue.ArrCapture.Record(this, Clock.GetUtcNow().UtcDateTime);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        Revenue.ArrCapture.Record(this, Clock.GetUtcNow().UtcDateTime);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    // The original value stays what the editor loaded (or posted back), so a concurrent save by
    // someone else makes the UPDATE match no row and EF raises DbUpdateConcurrencyException.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
