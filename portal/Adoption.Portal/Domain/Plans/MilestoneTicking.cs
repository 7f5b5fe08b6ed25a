namespace Adoption.Portal.Domain.Plans;

/// <summary>What a customer's person may do to a milestone: tick off (or reopen) their own side's tasks.</summary>
public static class MilestoneTicking
{
    /// <summary>Vendor tasks are the vendor's to close; internal items never reach the customer at all.</summary>
    public static bool CustomerMayTick(this Milestone milestone) =>
        milestone.Owner == OwnerSide.Customer && milestone.CustomerVisible;

    /// <summary>Done stamps the completion time; reopening puts the task back in progress.</summary>
    public static void Tick(this Milestone milestone, bool done, DateTime now)
    {
        if (done == (milestone.Status == MilestoneStatus.Done))
        {
            return;
        }

        milestone.Status = done ? MilestoneStatus.Done : MilestoneStatus.InProgress;
        milestone.CompletedAt = done ? now : null;
    }
}
