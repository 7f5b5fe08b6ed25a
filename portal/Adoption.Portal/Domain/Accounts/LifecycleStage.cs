namespace Adoption.Portal.Domain.Accounts;

public enum LifecycleStage
{
    Onboarding = 0,
    Adoption = 1,
    Value = 2,
    Renewal = 3,
    Advocacy = 4,
}
