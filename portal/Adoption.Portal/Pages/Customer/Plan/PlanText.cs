namespace Adoption.Portal.Pages.Customer.Plan;

/// <summary>Messages the plan's page models and validators share; see Resources/Pages/Customer/Plan/PlanText.*.resx.</summary>
public sealed class PlanText;
