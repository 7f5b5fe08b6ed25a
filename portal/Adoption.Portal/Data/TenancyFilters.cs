using Adoption.Portal.Domain.Adoption;
using Adoption.Portal.Domain.Attention;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Domain.Engagements;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.Domain.Plans;
using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Domain.Training;
using Adoption.Portal.Domain.Value;

namespace Adoption.Portal.Data;

/// <summary>
/// One rule for every table a customer can reach: rows of another account do not exist. EF Core
/// evaluates <see cref="AdoptionDb.TenantAccountId"/> per query, so one model serves every tenant.
/// </summary>
internal static class TenancyFilters
{
    public static void Apply(ModelBuilder b, AdoptionDb db)
    {
        b.Entity<Account>().HasQueryFilter(a => db.TenantAccountId == null || a.Id == db.TenantAccountId);
        b.Entity<Contact>().HasQueryFilter(c => db.TenantAccountId == null || c.AccountId == db.TenantAccountId);
        // Risks are the vendor's internal working list: a customer never reads one, not even its own account's.
        b.Entity<Risk>().HasQueryFilter(r => db.TenantAccountId == null);
        b.Entity<SupportTicket>().HasQueryFilter(t => db.TenantAccountId == null || t.AccountId == db.TenantAccountId);
        b.Entity<Invitation>().HasQueryFilter(i => db.TenantAccountId == null || i.AccountId == db.TenantAccountId);
        b.Entity<SuccessPlan>().HasQueryFilter(p => db.TenantAccountId == null || p.AccountId == db.TenantAccountId);
        b.Entity<Objective>().HasQueryFilter(o => db.TenantAccountId == null || o.Plan!.AccountId == db.TenantAccountId);
        b.Entity<Milestone>().HasQueryFilter(m => db.TenantAccountId == null || m.Objective!.Plan!.AccountId == db.TenantAccountId);
        b.Entity<PlanComment>().HasQueryFilter(c => db.TenantAccountId == null || db.Plans.Any(p => p.Id == c.PlanId));
        b.Entity<OutcomeMetric>().HasQueryFilter(m => db.TenantAccountId == null || db.Objectives.Any(o => o.Id == m.ObjectiveId));
        b.Entity<EmailPreference>().HasQueryFilter(p => db.TenantAccountId == null || db.Contacts.Any(c => c.Id == p.ContactId));
        b.Entity<ModuleCompletion>().HasQueryFilter(c => db.TenantAccountId == null || db.Enrolments.Any(e => e.Id == c.EnrolmentId));
        b.Entity<ValueEntry>().HasQueryFilter(v => db.TenantAccountId == null || v.AccountId == db.TenantAccountId);
        b.Entity<TrainingPath>().HasQueryFilter(p => db.TenantAccountId == null || p.AccountId == null || p.AccountId == db.TenantAccountId);
        b.Entity<Enrolment>().HasQueryFilter(e => db.TenantAccountId == null || e.AccountId == db.TenantAccountId);
        b.Entity<NpsResponse>().HasQueryFilter(n => db.TenantAccountId == null || n.AccountId == db.TenantAccountId);
        b.Entity<AccountFeatureDay>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
        b.Entity<UserDay>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
        b.Entity<UserFeatureDay>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
        b.Entity<UserEvent>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
        b.Entity<KnownUser>().HasQueryFilter(u => db.TenantAccountId == null || u.AccountId == db.TenantAccountId);
        b.Entity<TrackedEvent>().HasQueryFilter(e => db.TenantAccountId == null || e.AccountId == db.TenantAccountId);
        b.Entity<EmailMessage>().HasQueryFilter(m => db.TenantAccountId == null || m.AccountId == db.TenantAccountId);
        // Internal notes and touchpoints are vendor-only: a customer never reads them at all.
        b.Entity<CsmNote>().HasQueryFilter(n => db.TenantAccountId == null);
        b.Entity<Touchpoint>().HasQueryFilter(t => db.TenantAccountId == null);
        b.Entity<AttentionTouch>().HasQueryFilter(t => db.TenantAccountId == null);
        b.Entity<Engagement>().HasQueryFilter(e => db.TenantAccountId == null);
        b.Entity<EngagementState>().HasQueryFilter(s => db.TenantAccountId == null);
        b.Entity<EngagementOutcome>().HasQueryFilter(o => db.TenantAccountId == null);
        // Revenue is vendor-only: renewals, ARR history and CS operations' lists never reach a customer.
        b.Entity<RenewalRecord>().HasQueryFilter(r => db.TenantAccountId == null);
        b.Entity<ArrChange>().HasQueryFilter(c => db.TenantAccountId == null);
        b.Entity<ReasonCode>().HasQueryFilter(r => db.TenantAccountId == null);
        b.Entity<CurrencyRate>().HasQueryFilter(r => db.TenantAccountId == null);
        b.Entity<CsmTarget>().HasQueryFilter(t => db.TenantAccountId == null);
        b.Entity<Opportunity>().HasQueryFilter(o => db.TenantAccountId == null);
        b.Entity<Health.HealthSnapshot>().HasQueryFilter(s => db.TenantAccountId == null || s.AccountId == db.TenantAccountId);
        // Email programs' send log is vendor-only.
        b.Entity<ProgramSend>().HasQueryFilter(s => db.TenantAccountId == null);
        // Health: risk history and notes, CSM sentiment and the Today list's decisions are vendor-only.
        b.Entity<RiskEvent>().HasQueryFilter(e => db.TenantAccountId == null);
        b.Entity<SentimentEntry>().HasQueryFilter(e => db.TenantAccountId == null);
        b.Entity<Health.Today.TodayItemState>().HasQueryFilter(s => db.TenantAccountId == null);
        // NPS follow-through: a customer sees their account's invitations and the notes linked to their account's answers.
        b.Entity<Domain.Nps.ReferenceInvitation>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
        b.Entity<Domain.Nps.ChangeNoteLink>().HasQueryFilter(l => db.TenantAccountId == null || l.AccountId == db.TenantAccountId);
        b.Entity<Domain.Nps.ChangeNote>().HasQueryFilter(c => db.TenantAccountId == null || db.ChangeNoteLinks.Any(l => l.ChangeNoteId == c.Id));
        // Training: attempts and opt-outs are the account's; assignments and milestone rules are vendor-only.
        b.Entity<QuizAttempt>().HasQueryFilter(a => db.TenantAccountId == null || db.Enrolments.Any(e => e.Id == a.EnrolmentId));
        b.Entity<TrainingPrivacy>().HasQueryFilter(p => db.TenantAccountId == null || p.AccountId == db.TenantAccountId);
        b.Entity<PathAssignment>().HasQueryFilter(a => db.TenantAccountId == null);
        b.Entity<TrainingMilestoneRule>().HasQueryFilter(r => db.TenantAccountId == null);
        b.Entity<Reviews.PublishedReview>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
        b.Entity<Reviews.RoiReview>().HasQueryFilter(r => db.TenantAccountId == null || r.AccountId == db.TenantAccountId);
    }
}
