namespace Adoption.Portal.Pages.Customer.Training;

/// <summary>Messages the training pages share; see Resources/Pages/Customer/Training/TrainingText.*.resx.</summary>
public sealed class TrainingText;
