using System.Net;
using Adoption.Portal.Demo;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Revenue;

/// <summary>Revenue is the vendor's business: no customer reaches a page or a row of it, even their own account's.</summary>
public sealed class TheRevenueTenancy(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HidesEveryRevenueRowFromACustomerEvenOfTheirOwnAccount()
    {
        _ = portal.Services;
        await using (var vendor = TenantDb.As(portal.DatabasePath, null, Roles.Csm))
        {
            Assert.True(await vendor.ArrChanges.AnyAsync(c => c.AccountId == 1), "the demo should have Northwind's ARR history");
            Assert.True(await vendor.Renewals.AnyAsync(r => r.AccountId == 1), "the demo should have Northwind's renewals");
        }

        await using var anna = TenantDb.As(portal.DatabasePath, 1, Roles.CustomerAdmin);
        Assert.Empty(await anna.ArrChanges.ToListAsync());
        Assert.Empty(await anna.Renewals.ToListAsync());
        Assert.Empty(await anna.ReasonCodes.ToListAsync());
        Assert.Empty(await anna.CurrencyRates.ToListAsync());
        Assert.Empty(await anna.CsmTargets.ToListAsync());
    }

    [Theory]
    [InlineData("/csm/revenue")]
    [InlineData("/csm/revenue?handler=Csv")]
    public async Task ForbidsRevenuePagesToCustomers(string url)
    {
        var anna = await portal.SignInAsync(DemoSignIns.CustomerAdmin.Email);

        var response = await anna.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/forbidden", response.Headers.Location!.AbsolutePath);
    }
}
