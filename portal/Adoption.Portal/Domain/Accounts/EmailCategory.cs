namespace Adoption.Portal.Domain.Accounts;

public enum EmailCategory
{
    AdoptionDigest = 0,
    Renewal = 1,
    Surveys = 2,
    Training = 3,
    BusinessReview = 4,
}
