namespace Adoption.Portal.Revenue;

/// <summary>Settings of the <c>Revenue</c> configuration section.</summary>
public sealed class RevenueOptions
{
    public const string Section = "Revenue";

    /// <summary>The currency retention and book totals are stated in; others convert through the rate table. Default EUR.</summary>
    public string ReportingCurrency { get; set; } = "EUR";
}
