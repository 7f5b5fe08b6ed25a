using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>
/// A customer ticks off (or reopens) one of their own tasks, from the plan or the milestone page. One
/// form serves every row: the pressed button carries "milestone:version:done" as <see cref="Key"/>.
/// </summary>
public sealed partial class TickInput
{
    public string Key { get; set; } = "";

    public int MilestoneId => Part(1);
    /// <summary>The version the person saw; a save by someone else since then is a conflict.</summary>
    public int Version => Part(2);
    public bool Done => Part(3) == 1;

    public static string KeyFor(int milestoneId, int version, bool done) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{milestoneId}:{version}:{(done ? 1 : 0)}");

    private int Part(int group) => KeyPattern().Match(Key) is { Success: true } m
        ? int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,9}):(\d{1,9}):([01])$")]
    private static partial System.Text.RegularExpressions.Regex KeyPattern();

    public sealed class Validator : AbstractValidator<TickInput>
    {
        public Validator()
        {
            RuleFor(i => i.Key).Matches(KeyPattern());
            RuleFor(i => i.MilestoneId).GreaterThan(0);
        }
    }
}

public enum TickOutcome
{
    Ticked,
    NotFound,
    NotTheCustomersTask,
    ChangedBySomeoneElse,
}

internal static class TaskTicking
{
    public static async Task<(TickOutcome Outcome, string? Title)> TickAsync(AdoptionDb db, int accountId, TickInput input, DateTime now)
    {
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == input.MilestoneId
            && m.CustomerVisible && m.Objective!.CustomerVisible && m.Objective.Plan!.AccountId == accountId);
        if (milestone is null)
        {
            return (TickOutcome.NotFound, null);
        }

        if (!milestone.CustomerMayTick())
        {
            return (TickOutcome.NotTheCustomersTask, milestone.Title);
        }

        db.Entry(milestone).Property(m => m.Version).OriginalValue = input.Version;
        milestone.Tick(input.Done, now);
        // Ticking what is already in that state still proves the page was current, or reports the conflict.
        db.Entry(milestone).Property(m => m.Status).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
            return (TickOutcome.Ticked, milestone.Title);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (TickOutcome.ChangedBySomeoneElse, milestone.Title);
        }
    }
}
