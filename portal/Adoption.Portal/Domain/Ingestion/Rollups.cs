namespace Adoption.Portal.Domain.Ingestion;

// Adoption figures read these rollups, never raw events. They are kept current as events arrive
// and can be rebuilt from TrackedEvent at any time. A user is keyed by userId, else anonymousId.

/// <summary>Use of one key feature at one account on one day (UTC).</summary>
public sealed class AccountFeatureDay
{
    public int AccountId { get; set; }
    public int FeatureId { get; set; }
    public DateOnly Day { get; set; }
    public int Events { get; set; }
    public int Users { get; set; }
}

/// <summary>One person's activity at an account on one day: DAU/WAU/MAU come from here.</summary>
public sealed class UserDay
{
    public int AccountId { get; set; }
    public required string UserKey { get; set; }
    public DateOnly Day { get; set; }
    public int Events { get; set; }
}

/// <summary>One person's use of one key feature on one day: breadth, depth, distinct users per feature.</summary>
public sealed class UserFeatureDay
{
    public int AccountId { get; set; }
    public required string UserKey { get; set; }
    public int FeatureId { get; set; }
    public DateOnly Day { get; set; }
    public int Events { get; set; }
}

/// <summary>
/// One person's track calls of one event name at an account, ever: what checklist steps that name a
/// raw event read. One row per name, not per day, so "has this person ever tracked it" is one seek.
/// </summary>
public sealed class UserEvent
{
    public int AccountId { get; set; }
    public required string UserKey { get; set; }
    /// <summary>The track call's event name, exactly as the product sent it.</summary>
    public required string Event { get; set; }
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }
    public int Events { get; set; }
}
