using System.Security.Claims;
using Adoption.Portal.Domain.Plans;

namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>A comment a customer's person writes on a visible objective or milestone.</summary>
public sealed class CommentInput
{
    public const int MaxLength = 4000;

    public string Body { get; set; } = "";

    public sealed class Validator : AbstractValidator<CommentInput>
    {
        public Validator(IStringLocalizer<PlanText> localizer)
        {
            RuleFor(i => i.Body).NotEmpty().WithMessage(_ => localizer["Write a comment first."])
                .MaximumLength(MaxLength).WithMessage(_ => localizer["Keep the comment under {0} characters.", MaxLength]);
        }
    }
}

/// <summary>A comment as the customer sees it: never an internal one.</summary>
public sealed record CommentView(string AuthorName, string Body, DateTime CreatedAt);

internal static class Commenting
{
    public static Task<List<CommentView>> OnMilestoneAsync(AdoptionDb db, int milestoneId) =>
        Visible(db.PlanComments.Where(c => c.MilestoneId == milestoneId));

    public static Task<List<CommentView>> OnObjectiveAsync(AdoptionDb db, int objectiveId) =>
        Visible(db.PlanComments.Where(c => c.ObjectiveId == objectiveId && c.MilestoneId == null));

    private static Task<List<CommentView>> Visible(IQueryable<PlanComment> comments) =>
        comments.AsNoTracking().Where(c => !c.Internal)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new CommentView(c.AuthorName, c.Body, c.CreatedAt))
            .ToListAsync();

    /// <summary>Adds the comment; the caller has already checked the item is visible to this account.</summary>
    public static Task AddAsync(AdoptionDb db, ClaimsPrincipal author, int planId, int? objectiveId, int? milestoneId, string body, DateTime now)
    {
        db.PlanComments.Add(new PlanComment
        {
            PlanId = planId, ObjectiveId = objectiveId, MilestoneId = milestoneId,
            AuthorUserId = author.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            AuthorName = author.DisplayNameOf(), Body = body.Trim(), CreatedAt = now,
        });
        return db.SaveChangesAsync();
    }
}
