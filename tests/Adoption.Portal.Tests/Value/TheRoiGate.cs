using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Value;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Value;

/// <summary>A negative ROI reaches the customer only after the CSM has reviewed it; the CSM sees the customer's figure.</summary>
public sealed class TheRoiGate(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HoldsANegativeRoiUntilTheCsmReviewsIt()
    {
        // Sapori: one small signed-off outcome against its subscription makes the ROI negative.
        await using (var db = portal.CreateDb())
        {
            await db.ValueEntries.Where(v => v.AccountId == 3).ExecuteDeleteAsync();
            var now = portal.Clock.GetUtcNow().UtcDateTime;
            db.ValueEntries.Add(new ValueEntry
            {
                AccountId = 3, Outcome = "Etichette ristampate", Unit = "al mese", Before = 30, After = 20, AnnualValue = 5_000m, Evidence = "Registro",
                AchievedOn = DateOnly.FromDateTime(now).AddDays(-10), CustomerSignedOffBy = "Giulia Bianchi", CustomerSignedOffAt = now, CsmSignedOffBy = "Maria Santos", CsmSignedOffAt = now,
            });
            await db.SaveChangesAsync();
        }

        var giulia = await portal.SignInAsync(DemoSignIns.ItalianCustomer.Email);
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var held = await giulia.GetStringAsync("/value");
        var csm = WebUtility.HtmlDecode(await maria.GetStringAsync("/csm/accounts/3/value"));

        Assert.Contains("data-testid=\"roi-pending\"", held, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"roi-multiple\"", held, StringComparison.Ordinal);
        Assert.Contains("Return on investment: -91 %", csm, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"roi-held\"", csm, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await maria.SubmitAsync("/csm/accounts/3/value", "ReviewRoi")).StatusCode);

        var shown = WebUtility.HtmlDecode(await giulia.GetStringAsync("/value"));
        Assert.Contains("data-testid=\"roi-multiple\"", shown, StringComparison.Ordinal);
        Assert.Contains("-91 %", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"roi-held\"", await maria.GetStringAsync("/csm/accounts/3/value"), StringComparison.Ordinal);
    }
}
