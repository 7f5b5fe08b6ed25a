using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.EmailPrograms;

/// <summary>Runs programs the way the scheduler and the operator command do: in a scope of the real portal.</summary>
internal static class ProgramTesting
{
    public static async Task<ProgramRunSummary> RunAsync(PortalFactory portal, string program, int? accountId = null, bool scheduled = false, bool dryRun = false)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<EmailProgramRunner>();
        return await runner.RunAsync(
            runner.Find(program) ?? throw new InvalidOperationException(program),
            new ProgramRun(portal.Clock.GetUtcNow().UtcDateTime, scheduled, accountId, dryRun));
    }

    public static async Task<Contact> ContactAsync(PortalFactory portal, string email)
    {
        await using var db = portal.CreateDb();
        return await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == email);
    }

    public static async Task<int> ActiveContactsAsync(PortalFactory portal, int accountId)
    {
        await using var db = portal.CreateDb();
        return await db.Contacts.CountAsync(c => c.AccountId == accountId && c.LeftAt == null);
    }
}
