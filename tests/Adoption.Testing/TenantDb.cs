using System.Globalization;
using System.Security.Claims;
using Adoption.Portal.Data;
using Adoption.Portal.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Testing;

/// <summary>The context the portal gives a signed-in person, outside a request: the tenancy filters
/// see only that customer's account (every account for a CSM).</summary>
public static class TenantDb
{
    public static SqliteAdoptionDb As(string databasePath, int? accountId, string role)
    {
        var claims = new List<Claim> { new(ClaimTypes.Role, role) };
        if (accountId is { } id)
        {
            claims.Add(new Claim(PortalClaims.AccountId, id.ToString(CultureInfo.InvariantCulture)));
        }

        var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) } };
        // As in the portal, the context finds its tenant among the application's services.
        var services = new ServiceCollection().AddSingleton(new CurrentTenant(http)).BuildServiceProvider();
        var options = new DbContextOptionsBuilder<SqliteAdoptionDb>()
            .UseSqlite($"Data Source={databasePath}")
            .UseApplicationServiceProvider(services)
            .Options;
        return new SqliteAdoptionDb(options);
    }
}
