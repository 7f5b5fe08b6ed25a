using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Domain.Revenue;
using Adoption.Portal.Health.Risks;
using Adoption.Portal.Import;
using Adoption.Portal.Revenue;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Health.Risks;

/// <summary>
/// The product team's report: open risks tagged with a key feature, grouped by feature and summed by
/// ARR in the reporting currency (EUR), biggest first, on the page and in the CSV; vendor-only.
/// </summary>
public sealed class TheProductRisks(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Page = "/csm/risks/product";
    private const string Csv = "/csm/risks/product?handler=Csv";
    private const string Marker = "Alerts fire an hour late";

    [Fact]
    public void CountsEachAccountsArrOncePerFeatureHoweverManyOfItsRisksNameIt()
    {
        var today = new DateOnly(2026, 12, 2);
        var rates = new CurrencyTable("EUR", [new CurrencyRate { Currency = "USD", ValidFrom = today.AddDays(-10), Rate = 0.5m }]);
        ProductRiskRow Row(int risk, int feature, int account, decimal arr, string currency = "EUR") =>
            new(risk, $"risk {risk}", feature, feature == 1 ? "Alerts" : "API", account, $"account {account}", arr, currency);

        var blocks = ProductRisks.Group([Row(1, 1, 10, 100), Row(2, 1, 10, 100), Row(3, 2, 11, 500, "USD"), Row(4, 2, 12, 300), Row(5, 2, 13, 999, "SEK")], rates, today);

        Assert.Equal([("API", 3, 550m, 1), ("Alerts", 1, 100m, 0)], blocks.Select(b => (b.Feature, b.Customers, b.Arr, b.Unconverted)));
        Assert.Equal([12, 11, 13], blocks[0].Accounts.Select(a => a.AccountId));
        Assert.Equal(["risk 1", "risk 2"], Assert.Single(blocks[1].Accounts).Risks);
    }

    [Fact]
    public async Task GroupsOpenRisksByFeatureSummedByArrBiggestFirst()
    {
        await SeedAsync();
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var html = HtmlForms.Parse(await maria.GetStringAsync(Page));

        var blocks = html.QuerySelectorAll("[data-testid=feature-block]");
        Assert.Equal(
            ["3 customers, €897,000 ARR, blocked by Alerts", "3 customers, €95,000 ARR, blocked by Dashboards", "1 customer, €4,800 ARR, blocked by Integrations"],
            blocks.Select(b => b.QuerySelector("h2")!.TextContent));
        Assert.Equal(["Woodgrove Finance", "Fabrikam Manufacturing", "Northwind Logistics"], blocks[0].QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Equal("1 account left out of the total: no exchange rate for their currency.", blocks[1].QuerySelector("p.muted")!.TextContent);
        Assert.Null(blocks[0].QuerySelector("p.muted"));
        Assert.DoesNotContain("Closed long ago", html.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Studio Milano", html.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsTheSameRowsAsCsvWithCommasAndQuotesEscaped()
    {
        await SeedAsync();
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);

        var response = await maria.GetAsync(Csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"product-risks-{today:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition!.FileName);
        var text = await response.Content.ReadAsStringAsync();
        string[] header = ["feature", "customers", "feature_arr", "currency", "account_id", "account", "account_arr", "account_currency", "account_arr_converted", "risks"];
        Assert.StartsWith(string.Join(',', header) + "\r\n", text, StringComparison.Ordinal);
        // A name with a comma and a title with quotes are quoted, the quotes doubled, as RFC 4180 has it.
        Assert.Contains(",\"Baltic Shipping, AB\",", text, StringComparison.Ordinal);
        Assert.Contains("\"Alerts come in \"\"batches\"\" | " + Marker + "\"", text, StringComparison.Ordinal);

        var (lines, errors) = CsvLines.Read(text, header, s => s);
        Assert.Empty(errors);
        Assert.Equal(
            [
                "Alerts,3,897000.00,EUR,12,Woodgrove Finance,420000.00,USD,378000.00,Alerts miss the trading window",
                "Alerts,3,897000.00,EUR,6,Fabrikam Manufacturing,310000.00,USD,279000.00,Alerts fire twice",
                $"Alerts,3,897000.00,EUR,1,Northwind Logistics,240000.00,EUR,240000.00,Alerts come in \"batches\" | {Marker}",
                "Dashboards,3,95000.00,EUR,3,Sapori Toscani S.p.A.,54000.00,EUR,54000.00,Dashboards load slowly",
                "Dashboards,3,95000.00,EUR,7,Baltic Shipping, AB,41000.00,EUR,41000.00,Dashboards cannot show tonnage",
                "Dashboards,3,95000.00,EUR,11,Tailspin Travel,6000.00,SEK,,Dashboards time out",
            ],
            lines.Take(6).Select(l => string.Join(',', header.Select(h => l[h] ?? ""))));
        var formula = lines[6]["risks"]!;
        Assert.Equal(("Integrations", "Lapin Retkeily Oy"), (lines[6]["feature"], lines[6]["account"]));
        // A title that looks like a formula is defused before a spreadsheet opens it.
        Assert.False(formula.StartsWith('='), formula);
        Assert.EndsWith("=HYPERLINK(\"https://example.com\") webhooks drop", formula, StringComparison.Ordinal);
        Assert.Equal(7, lines.Count);
    }

    [Theory]
    [InlineData(Page)]
    [InlineData(Csv)]
    public async Task IsForbiddenToCustomersAndAsksStrangersToSignIn(string url)
    {
        await SeedAsync();
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var denied = await anna.GetAsync(url);
        var stranger = await portal.CreatePortalClient().GetAsync(url);

        Assert.Equal((HttpStatusCode.Redirect, "/forbidden"), (denied.StatusCode, denied.Headers.Location!.AbsolutePath));
        Assert.Equal(HttpStatusCode.Forbidden, (await anna.GetAsync(denied.Headers.Location)).StatusCode);
        Assert.DoesNotContain("Northwind", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/signin"), (stranger.StatusCode, stranger.Headers.Location!.AbsolutePath));
    }

    /// <summary>Tags risks at nine accounts with key features (once per portal), with ARR and a USD rate of its own.</summary>
    private async Task SeedAsync()
    {
        await using var db = portal.CreateDb();
        if (await db.Risks.AnyAsync(r => r.Title == Marker))
        {
            return;
        }

        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var features = await db.KeyFeatures.ToDictionaryAsync(f => f.Name, f => f.Id);
        db.CurrencyRates.Add(new CurrencyRate { Currency = "USD", ValidFrom = today, Rate = 0.9m });
        var accounts = await db.Accounts.ToDictionaryAsync(a => a.Name);
        void Arr(string name, decimal arr, string currency) => (accounts[name].Arr, accounts[name].Currency) = (arr, currency);
        Arr("Woodgrove Finance", 420_000, "USD");
        Arr("Fabrikam Manufacturing", 310_000, "USD");
        Arr("Northwind Logistics", 240_000, "EUR");
        Arr("Sapori Toscani S.p.A.", 54_000, "EUR");
        Arr("Baltic Shipping AB", 41_000, "EUR");
        Arr("Tailspin Travel", 6_000, "SEK");
        Arr("Lapin Retkeily Oy", 4_800, "EUR");
        accounts["Baltic Shipping AB"].Name = "Baltic Shipping, AB";
        accounts["Studio Milano Design"].ArchivedAt = now;

        void Tag(string account, string feature, string title, bool closed = false) => db.Risks.Add(new Risk
        {
            AccountId = accounts[account].Id, Category = RiskCategory.Product, Title = title, RaisedAt = now,
            KeyFeatureId = features[feature], ResolvedAt = closed ? now : null,
        });
        Tag("Woodgrove Finance", "Alerts", "Alerts miss the trading window");
        Tag("Fabrikam Manufacturing", "Alerts", "Alerts fire twice");
        Tag("Northwind Logistics", "Alerts", "Alerts come in \"batches\"");
        Tag("Northwind Logistics", "Alerts", Marker);
        Tag("Contoso Retail", "Alerts", "Closed long ago", closed: true);
        Tag("Studio Milano Design", "Alerts", "Alerts on an archived account");
        Tag("Sapori Toscani S.p.A.", "Dashboards", "Dashboards load slowly");
        Tag("Baltic Shipping AB", "Dashboards", "Dashboards cannot show tonnage");
        Tag("Tailspin Travel", "Dashboards", "Dashboards time out");
        Tag("Lapin Retkeily Oy", "Integrations", "=HYPERLINK(\"https://example.com\") webhooks drop");
        await db.SaveChangesAsync();
    }
}
