using System.Globalization;
using Adoption.Portal.Health;
using Adoption.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Adoption.Portal.Tests.Health;

/// <summary>Reasons read as plain sentences with their figures in every language the portal speaks.</summary>
public sealed class TheHealthReasonTexts(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("en", "Only 13 of 350 seats used in 30 days", "Active people fell 35% in 30 days (from 20 to 13)")]
    [InlineData("fi", "Vain 13/350 paikasta käytössä 30 päivän aikana", "Aktiivisten henkilöiden määrä laski 35 % 30 päivässä (20 → 13)")]
    [InlineData("it", "Solo 13 di 350 licenze usate in 30 giorni", "Le persone attive sono calate del 35% in 30 giorni (da 20 a 13)")]
    [InlineData("zh-Hans", "30 天内仅使用了 350 个席位中的 13 个", "30 天内活跃人数下降了 35%（从 20 降至 13）")]
    public void SayTheSeatsAndTheFallWithTheirNumbers(string language, string seats, string fell)
    {
        var health = HealthFormula.Score(new HealthSignals(8, 8, 13, 350, 20, (1, 1), (1, 1, 0), (0, 0), 0, (1, 1)), HealthProfile.Default());
        var text = portal.Services.GetRequiredService<IStringLocalizer<HealthScorer>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var shown = health.Reasons.Select(r => Adoption.Portal.Web.Plural.Format(text[r.Key], r.Args)).ToList();

            Assert.Contains(seats, shown);
            Assert.Contains(fell, shown);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
