using Adoption.Portal.Data;
using Adoption.Portal.Identity;
using Adoption.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace Adoption.Portal.Tests.Data;

/// <summary>Even a query that forgets to scope by account sees only the customer's own rows.</summary>
public sealed class TheTenancyFilter(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HidesEveryOtherAccountFromACustomer()
    {
        _ = portal.Services;
        await using var db = DbAs(accountId: 2, Roles.CustomerUser);

        Assert.Equal([2], await db.Accounts.Select(a => a.Id).ToListAsync());
        Assert.All(await db.Contacts.ToListAsync(), c => Assert.Equal(2, c.AccountId));
        Assert.All(await db.Milestones.Include(m => m.Objective!.Plan).ToListAsync(), m => Assert.Equal(2, m.Objective!.Plan!.AccountId));
        Assert.All(await db.ValueEntries.ToListAsync(), v => Assert.Equal(2, v.AccountId));
        Assert.All(await db.UserDays.ToListAsync(), r => Assert.Equal(2, r.AccountId));
        Assert.Empty(await db.CsmNotes.ToListAsync());
        Assert.True(await db.Milestones.AnyAsync());
    }

    [Fact]
    public async Task ShowsTheWholePortfolioToACsm()
    {
        _ = portal.Services;
        await using var db = DbAs(accountId: null, Roles.Csm);
        Assert.Equal(12, await db.Accounts.CountAsync());
        Assert.True(await db.CsmNotes.AnyAsync());
    }

    private SqliteAdoptionDb DbAs(int? accountId, string role) => TenantDb.As(portal.DatabasePath, accountId, role);
}
