using Adoption.Portal.Demo;
using Adoption.Sdk;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Engagements;

/// <summary>
/// The host product's real <see cref="AdoptionClient"/> with the demo server key, asking the real portal: the
/// wire contract as both sides implement it, not as either side's fake assumes it.
/// </summary>
public sealed class TheSdkAgainstThePortal(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ShowsAnnaTheDemoBannerUntilSheDismissesItAndTheCsmSeesWhy()
    {
        await using var client = new AdoptionClient(new AdoptionOptions
        {
            Endpoint = new Uri("https://localhost/"),
            WriteKey = DemoSignIns.WriteKey,
            ServerKey = DemoServerKey.Value,
            // The decision must come from the portal each time, and the in-process test server under a loaded
            // machine may need more than the production budget.
            DecisionCacheDuration = TimeSpan.Zero,
            DecisionTimeout = TimeSpan.FromSeconds(30),
        }, new TestServerClients(portal));

        var first = await client.GetEngagementsAsync("user-001-01", ["home"], "en");
        var banner = Assert.Single(first);
        Assert.Equal((DemoNudges.NorthwindBannerId, EngagementKind.Banner, "API is waiting for you"), (banner.Id, banner.Kind, banner.Content.Title));

        client.RecordOutcome("user-001-01", banner.Token, OutcomeKind.Dismissed);
        await client.FlushAsync();
        await WaitForDismissalAsync();

        Assert.DoesNotContain(await client.GetEngagementsAsync("user-001-01", ["home"], "en"), e => e.Id == DemoNudges.NorthwindBannerId);
        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        await using var db = portal.CreateDb();
        var id = await db.Engagements.Where(e => e.PublicId == DemoNudges.NorthwindBannerId).Select(e => e.Id).SingleAsync();
        var why = await csm.GetStringAsync($"/csm/nudges/{id}/why?userId=user-001-01");
        Assert.Contains("Dismissed on", why, StringComparison.Ordinal);
        Assert.Contains("Not shown now.", why, StringComparison.Ordinal);
    }

    // Outcomes leave the SDK from its background queue; the portal's state is the proof they arrived.
    private async Task WaitForDismissalAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var db = portal.CreateDb();
            if (await db.EngagementStates.AnyAsync(s => s.UserId == "user-001-01" && s.DismissedAt != null))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The portal never stored Anna's dismissal.");
    }

    /// <summary>Hands the SDK clients that talk to the in-process portal.</summary>
    private sealed class TestServerClients(PortalFactory portal) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => portal.CreateDefaultClient(new Uri("https://localhost/"));
    }
}
