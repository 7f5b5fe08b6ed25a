namespace Adoption.Portal.Domain.Attention;

/// <summary>
/// The attention limits as CS operations set them on the attention page; one row. Until it exists
/// the <c>Attention</c> configuration section (or its defaults) applies.
/// </summary>
public sealed class AttentionSettings : IVersioned
{
    public int Id { get; set; }
    public int InterruptingPerUserPerDay { get; set; }
    public int AmbientPerUserPerDay { get; set; }
    public int EmailsPerContactPerWeek { get; set; }
    public int InterruptingPerAccountPerDay { get; set; }
    public int SurveyWaitDays { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>The staff member who last changed them (their email).</summary>
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}
