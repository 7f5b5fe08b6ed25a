namespace Adoption.Portal.Attention;

/// <summary>
/// How much of a person's attention the vendor may take (section <c>Attention</c>). A "day" is the
/// last 24 hours and a "week" the last 7 days, so a limit never resets at a midnight that differs
/// from person to person.
/// </summary>
public sealed class AttentionLimits
{
    public const string Section = "Attention";

    /// <summary>Modals, tooltips and surveys one person sees in a day. Default 1.</summary>
    public int InterruptingPerUserPerDay { get; set; } = 1;

    /// <summary>Banners and checklists one person sees in a day. Default 3.</summary>
    public int AmbientPerUserPerDay { get; set; } = 3;

    /// <summary>Program emails one contact receives in a week. Default 3.</summary>
    public int EmailsPerContactPerWeek { get; set; } = 3;

    /// <summary>Interrupting prompts across all of one account's people in a day. Default 50.</summary>
    public int InterruptingPerAccountPerDay { get; set; } = 50;

    /// <summary>Days after any survey before the same person is asked another one. Default 30.</summary>
    public int SurveyWaitDays { get; set; } = 30;
}
