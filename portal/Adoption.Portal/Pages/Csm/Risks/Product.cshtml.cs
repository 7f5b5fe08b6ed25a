using System.Text;
using Adoption.Portal.Health.Risks;
using CsvHelper;

namespace Adoption.Portal.Pages.Csm.Risks;

/// <summary>For the product team: which key features hold customers back, by how many and how much ARR,
/// from the open risks CSMs tagged with a feature. Exports as CSV.</summary>
public sealed class ProductModel(ProductRisks report, TimeProvider clock) : CsmPageModel
{
    public IReadOnlyList<FeatureBlock> Blocks { get; private set; } = [];
    public string ReportingCurrency => report.ReportingCurrency;

    public async Task OnGetAsync() => Blocks = await report.LoadAsync(TodayFrom(clock));

    /// <summary>One line per feature and account, the feature's totals repeated so a spreadsheet can pivot either way.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        var today = TodayFrom(clock);
        Blocks = await report.LoadAsync(today);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        // Account names and risk titles are typed by people: a leading "=" must not run as a formula in a spreadsheet.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var header in new[] { "feature", "customers", "feature_arr", "currency", "account_id", "account", "account_arr", "account_currency", "account_arr_converted", "risks" })
            {
                csv.WriteField(header);
            }

            csv.EndRecord();
            foreach (var block in Blocks)
            {
                foreach (var a in block.Accounts)
                {
                    csv.WriteField(block.Feature);
                    csv.WriteField(block.Customers, "");
                    csv.WriteField(block.Arr, "0.00");
                    csv.WriteField(ReportingCurrency);
                    csv.WriteField(a.AccountId, "");
                    csv.WriteField(a.Account);
                    csv.WriteField(a.Arr, "0.00");
                    csv.WriteField(a.Currency);
                    csv.WriteField(a.ArrInReportingCurrency is { } converted ? converted.ToString("0.00", CultureInfo.InvariantCulture) : "");
                    csv.WriteField(string.Join(" | ", a.Risks));
                    csv.EndRecord();
                }
            }

            csv.Flush();
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"product-risks-{today:yyyy-MM-dd}.csv");
    }
}
