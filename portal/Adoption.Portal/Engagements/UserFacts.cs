using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Engagements;

/// <summary>What the portal knows about one host-product user at the moment of a decision.</summary>
/// <param name="ContactId">The contact whose <c>ExternalId</c> is the user id, if any.</param>
/// <param name="Role">That contact's role; null for a user who is not a known contact.</param>
/// <param name="FirstSeen">The first day the user was active in the host product, if ever.</param>
/// <param name="FeaturesLastUsed">Key feature key → the last day the user used it.</param>
/// <param name="Milestones">Milestone title → status, across the account's plans.</param>
/// <param name="EventsTracked">The event names live checklist steps ask about that the user has tracked at the account.</param>
public sealed record UserFacts(
    string UserId, int AccountId, string AccountLocale, int? ContactId, ContactRole? Role, string? ContactLocale,
    Segment Segment, LifecycleStage Stage, Coverage Coverage, string? Industry, string? Plan, int Employees, int LicensedSeats, decimal Arr,
    DateOnly? FirstSeen, IReadOnlyDictionary<string, DateOnly> FeaturesLastUsed, IReadOnlyDictionary<string, MilestoneStatus> Milestones,
    IReadOnlySet<string> EventsTracked);
