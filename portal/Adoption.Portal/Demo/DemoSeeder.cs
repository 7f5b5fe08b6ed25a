using System.Security.Cryptography;
using Adoption.Portal.Domain.Ingestion;
using Adoption.Portal.ServerKeys;
using Microsoft.AspNetCore.Identity;

namespace Adoption.Portal.Demo;

/// <summary>
/// Fills an empty database with a realistic, deterministic demo: the same companies, people, plans
/// and usage every time, dated relative to the day it runs.
/// </summary>
public sealed class DemoSeeder(
    AdoptionDb db, UserManager<PortalUser> users, RoleManager<IdentityRole> roles, TimeProvider clock, ILogger<DemoSeeder> log)
{
    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Accounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var role in Roles.All)
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var csms = new[]
        {
            await CreateUserAsync(DemoSignIns.Csm.Email, DemoSignIns.Csm.Name, Roles.Csm, null, null, "en", Roles.CsOps),
            await CreateUserAsync("tom.csm@adoption.example", "Tom Nakamura", Roles.Csm, null, null, "en"),
        };

        var features = DemoCatalogue.Features();
        db.KeyFeatures.AddRange(features);
        var template = DemoCatalogue.OnboardingTemplate();
        db.PlanTemplates.AddRange(template, DemoCatalogue.SmallTeamTemplate());
        await db.SaveChangesAsync(cancellationToken);
        var library = DemoCatalogue.Library(features.ToDictionary(f => f.Key, f => f.Id));
        db.TrainingPaths.AddRange(library);

        var environment = new ProductEnvironment { Name = "Production" };
        db.WriteKeys.Add(new WriteKey
        {
            Environment = environment, Name = "Demo host product", Prefix = DemoSignIns.WriteKey[..11],
            Hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(DemoSignIns.WriteKey)), CreatedAt = now,
        });
        db.ServerKeys.Add(ServerKeyFactory.Entity(environment, "Demo host product server", DemoServerKey.Value, now));
        await db.SaveChangesAsync(cancellationToken);

        var story = new DemoStory(db, now, template, library);
        for (var i = 0; i < DemoAccounts.All.Length; i++)
        {
            var company = DemoAccounts.All[i];
            var account = story.AddAccount(company, i, company.Segment == Segment.Smb ? null : csms[i % 2].Id);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var signIn in DemoSignIns.All.Where(s => s.Company == company.Name))
            {
                var contact = account.Contacts.Single(c => c.Email == signIn.Email);
                var role = signIn.Role == "customer admin" ? Roles.CustomerAdmin : Roles.CustomerUser;
                await CreateUserAsync(signIn.Email, signIn.Name, role, account.Id, contact.Id, contact.Locale);
            }

            story.AddSuccessStory(company, account, i);
            await db.SaveChangesAsync(cancellationToken);
            story.AddConversation(account, csms[i % 2]);
            await db.SaveChangesAsync(cancellationToken);
        }

        var usage = await new DemoUsage(db, now).AddAsync(cancellationToken);
        // Training reads the usage rollups (exercises done in the product) before health is scored from it.
        await DemoTraining.AddAsync(db, now, cancellationToken);
        usage += await new DemoHealth(db, now).AddAsync(cancellationToken);
        await DemoNudges.AddAsync(db, now, cancellationToken);
        await DemoSurveys.AddAsync(db, now, cancellationToken);
        await new DemoRevenue(db, now).AddAsync(csms, cancellationToken);
        log.LogInformation("Demo data created: {Accounts} accounts, {Events} adoption events.", DemoAccounts.All.Length, usage);
    }

    private async Task<PortalUser> CreateUserAsync(
        string email, string name, string role, int? accountId, int? contactId, string locale, string? secondRole = null)
    {
        var user = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
            AccountId = accountId, ContactId = contactId, Locale = locale,
        };
        Check(await users.CreateAsync(user, DemoSignIns.Password));
        Check(await users.AddToRoleAsync(user, role));
        if (secondRole is not null)
        {
            Check(await users.AddToRoleAsync(user, secondRole));
        }

        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
