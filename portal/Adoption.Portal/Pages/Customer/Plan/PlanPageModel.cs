namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>
/// Base for the customer's plan pages: ticking off the team's tasks and commenting, the same way
/// on the plan, an objective and a milestone.
/// </summary>
public abstract class PlanPageModel : CustomerPageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>
    /// Ticks the task off (or reopens it) and redirects to this page with <paramref name="routeValues"/>;
    /// null when the page should be shown again with the reason in the form errors.
    /// </summary>
    protected async Task<IActionResult?> TickAsync(AdoptionDb db, TimeProvider clock, IStringLocalizer<PlanText> localizer, TickInput tick, object? routeValues)
    {
        var (outcome, title) = await TaskTicking.TickAsync(db, AccountId, tick, clock.GetUtcNow().UtcDateTime);
        switch (outcome)
        {
            case TickOutcome.NotFound:
                return NotFound();
            case TickOutcome.NotTheCustomersTask:
                ModelState.AddModelError(string.Empty, localizer["\"{0}\" is our team's task; only your team's tasks can be ticked off here.", title!]);
                return null;
            case TickOutcome.ChangedBySomeoneElse:
                ModelState.AddModelError(string.Empty, localizer["\"{0}\" was changed by someone else while you were looking. Here is the plan as it is now; check it and try again.", title!]);
                return null;
            default:
                StatusMessage = tick.Done ? localizer["Ticked off: {0}", title!] : localizer["Reopened: {0}", title!];
                return RedirectToPage(routeValues);
        }
    }

    /// <summary>
    /// Posts <paramref name="comment"/> on a visible objective or milestone (<paramref name="load"/>
    /// finds it for this account, or the page is not found) and redirects back to this page.
    /// </summary>
    protected async Task<IActionResult> CommentAsync(
        AdoptionDb db, TimeProvider clock, IStringLocalizer<PlanText> localizer, IValidator<CommentInput> validator, CommentInput comment, Func<Task<bool>> load, Func<Task<int>> planId, int? objectiveId, int? milestoneId, int id)
    {
        if (!await load())
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(comment);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, "Comment");
            return Page();
        }

        await Commenting.AddAsync(db, User, await planId(), objectiveId, milestoneId, comment.Body, clock.GetUtcNow().UtcDateTime);
        StatusMessage = localizer["Your comment was added."];
        return RedirectToPage(new { id });
    }
}
