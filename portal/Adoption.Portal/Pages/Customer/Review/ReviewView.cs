using Adoption.Portal.Reviews;

namespace Adoption.Portal.Pages.Customer.Review;

/// <summary>What the review partial shows: the figures, whose account, and whether they are published (frozen) or a live draft.</summary>
public sealed record ReviewView(BusinessReview Review, string AccountName, PublishedReview? Published)
{
    public bool IsDraft => Published is null;
}
