using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Accounts;
using Adoption.Portal.Import;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>CSV import of accounts, people and tickets: previewed, idempotent by id, every line checked, all or nothing.</summary>
public sealed partial class TheCsvImport(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Accounts = """
        name,externalId,segment,arr,currency,licensedSeats,renewalDate,stage,csmEmail,language,timeZone
        Birch Labs,crm-birch,midMarket,52000,EUR,80,2027-05-01,onboarding,maria.csm@adoption.example,fi,Europe/Helsinki
        "Cedar, Inc.",crm-cedar,enterprise,240000.75,USD,900,2027-09-30,adoption,,en,America/New_York
        Dune SRL,crm-dune,smb,4800,EUR,10,2027-01-15,value,,it,Europe/Rome
        """;

    [Fact]
    public async Task PreviewsThenImportsAccountsAndASecondRunOnlyUpdates()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);

        var preview = await PreviewAsync(maria, "Accounts", Accounts);
        Assert.Contains("3 lines: 3 to create, 0 to update.", preview, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.Accounts.AnyAsync(a => a.ExternalId == "crm-birch"));

        var done = await ConfirmAsync(maria, preview);
        Assert.Contains("Imported 3 lines: 3 created, 0 updated.", done, StringComparison.Ordinal);
        var cedar = await db.Accounts.AsNoTracking().SingleAsync(a => a.ExternalId == "crm-cedar");
        Assert.Equal(("Cedar, Inc.", Segment.Enterprise, 240000.75m, "USD", 900, Coverage.TechTouch), (cedar.Name, cedar.Segment, cedar.Arr, cedar.Currency, cedar.LicensedSeats, cedar.Coverage));
        var birch = await db.Accounts.AsNoTracking().SingleAsync(a => a.ExternalId == "crm-birch");
        Assert.Equal((Coverage.Named, "fi", "Europe/Helsinki"), (birch.Coverage, birch.Language, birch.TimeZone));

        var again = await ConfirmAsync(maria, await PreviewAsync(maria, "Accounts", Accounts.Replace("52000", "61000", StringComparison.Ordinal)));
        Assert.Contains("Imported 3 lines: 0 created, 3 updated.", again, StringComparison.Ordinal);
        Assert.Equal(61000m, (await db.Accounts.AsNoTracking().SingleAsync(a => a.ExternalId == "crm-birch")).Arr);
        Assert.Equal(1, await db.Accounts.CountAsync(a => a.ExternalId == "crm-birch"));
    }

    [Fact]
    public async Task ListsEveryBadLineAndImportsNothing()
    {
        var maria = await portal.SignInAsync(DemoSignIns.Csm.Email);
        const string csv = """
            name,externalId,segment,arr,renewalDate,csmEmail,language,timeZone
            Elm Oy,crm-elm,smb,1000,2027-02-01,,fi,Europe/Helsinki
            ,crm-fir,giant,lots,01/02/2027,nobody@vendor.example,de,Mars/Base
            Elm again,crm-elm,smb,1000,2027-02-01,,fi,UTC
            Gum Ltd,,smb,10,2027-02-01,,en,UTC
            """;

        var html = await PreviewAsync(maria, "Accounts", csv);

        var errors = HtmlForms.Parse(html).QuerySelectorAll("[data-testid=import-errors] tbody tr")
            .Select(r => string.Join("|", r.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();
        Assert.Equal(
        [
            "3|segment|Use smb, midMarket or enterprise.", "3|arr|Write ARR as a number such as 48000.50.", "3|renewalDate|Write dates as YYYY-MM-DD.",
            "3|csmEmail|No CSM signs in with this address.", "3|name|Enter the company's name.", "3|renewalDate|Enter the renewal date.",
            "3|language|Choose one of the portal's languages.", "3|timeZone|Use a time zone such as Europe/Helsinki.",
            "4|externalId|An earlier line has the same external id.", "5|externalId|Give every account its external id: re-imports find it by this.",
        ], errors);
        Assert.DoesNotContain("handler=Import", html, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.Accounts.AnyAsync(a => a.ExternalId == "crm-elm"));
    }

    [Fact]
    public async Task RefusesAFileWithoutTheRequiredColumnsOrWithABrokenQuote()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var importers = scope.ServiceProvider.GetRequiredService<Importers>();

        var noColumn = await importers.RunAsync(ImportKind.Accounts, "name,renewalDate\nOak,2027-01-01\n", save: true);
        var brokenQuote = await importers.RunAsync(ImportKind.Accounts, "name,externalId,renewalDate\nOak,crm-oak,2027-01-01\nP\"ine,crm-pine,2027-01-01\n", save: true);

        Assert.Equal([new LineError(1, "externalId", "The file has no column with this name.")], noColumn.Errors);
        Assert.Equal([new LineError(3, null, "The line has a quote in the wrong place.")], brokenQuote.Errors);
        await using var db = portal.CreateDb();
        Assert.False(await db.Accounts.AnyAsync(a => a.ExternalId == "crm-oak"));
    }

    [Fact]
    public async Task ImportsPeopleAtTheirAccountsByEmailAndRefusesUnknownAccounts()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var importers = scope.ServiceProvider.GetRequiredService<Importers>();
        Assert.True((await importers.RunAsync(ImportKind.Accounts, "name,externalId,renewalDate,language\nHazel AB,crm-hazel,2027-06-01,fi\n", save: true)).Succeeded);
        const string people = "accountExternalId,email,name,role,userId,timeZone\ncrm-hazel,ida@hazel.example,Ida Holm,champion,u-ida,Europe/Stockholm\ncrm-hazel,jon@hazel.example,Jon Berg,,,\n";

        var first = await importers.RunAsync(ImportKind.Contacts, people, save: true);
        var second = await importers.RunAsync(ImportKind.Contacts, people.Replace("champion", "executiveSponsor", StringComparison.Ordinal), save: true);
        var unknown = await importers.RunAsync(ImportKind.Contacts, "accountExternalId,email,name\ncrm-hazel,kim@hazel.example,Kim\ncrm-nowhere,x@y.example,X\n", save: true);

        Assert.Equal((2, 0), (first.Created, first.Updated));
        Assert.Equal((0, 2), (second.Created, second.Updated));
        Assert.Equal([new LineError(3, "accountExternalId", "No account has this external id; import the accounts first.")], unknown.Errors);
        await using var db = portal.CreateDb();
        var ida = await db.Contacts.AsNoTracking().SingleAsync(c => c.Email == "ida@hazel.example");
        Assert.Equal((ContactRole.ExecutiveSponsor, "u-ida", "Europe/Stockholm", "fi"), (ida.Role, ida.ExternalId!, ida.TimeZone, ida.Locale));
        Assert.False(await db.Contacts.AnyAsync(c => c.Email == "kim@hazel.example"));
    }

    [Fact]
    public async Task ImportsTicketsWithTheApisRules()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var importers = scope.ServiceProvider.GetRequiredService<Importers>();
        await using var db = portal.CreateDb();
        var northwind = await db.Accounts.AsNoTracking().Where(a => a.Id == 1).Select(a => a.ExternalId).SingleAsync();
        var csv = $"ticketId,groupId,subject,priority,status,openedAt,closedAt\nZ-1,{northwind},Export fails,high,open,2026-11-30T09:00:00Z,\nZ-2,{northwind},Login loop,urgent,solved,2026-11-29T08:00:00+02:00,2026-11-30T10:00:00Z\n";

        var result = await importers.RunAsync(ImportKind.Tickets, csv, save: true);
        var bad = await importers.RunAsync(ImportKind.Tickets, $"ticketId,groupId,subject,priority,openedAt\nZ-3,{northwind},X,whenever,yesterday\n", save: true);

        Assert.Equal((2, 0), (result.Created, result.Updated));
        var z2 = await db.SupportTickets.AsNoTracking().SingleAsync(t => t.ExternalId == "Z-2");
        Assert.Equal((TicketPriority.Urgent, TicketStatus.Solved, new DateTime(2026, 11, 29, 6, 0, 0, DateTimeKind.Utc)), (z2.Priority, z2.Status, z2.OpenedAt));
        Assert.Equal(["priority", "openedAt"], bad.Errors.Select(e => e.Column));
        Assert.False(await db.SupportTickets.AnyAsync(t => t.ExternalId == "Z-3"));
    }

    [Fact]
    public async Task RunsAsACommand()
    {
        var file = Path.Combine(Path.GetTempPath(), $"adoption-import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "name,externalId,renewalDate\nIvy GmbH,crm-ivy,2027-04-01\n");
        try
        {
            var output = new StringWriter();
            var code = await ImportCommand.RunAsync(portal.Services, "accounts", file, output);
            Assert.Equal(0, code);
            Assert.Matches(@"^Imported 1 accounts lines: 1 created, 0 updated, in \d+ ms\.", output.ToString());

            var bad = new StringWriter();
            await File.WriteAllTextAsync(file, "name,externalId,renewalDate\nJuniper,crm-juniper,never\n");
            Assert.Equal(1, await ImportCommand.RunAsync(portal.Services, "accounts", file, bad));
            Assert.Contains(":2: renewalDate: Write dates as YYYY-MM-DD.", bad.ToString(), StringComparison.Ordinal);
            Assert.Equal(2, await ImportCommand.RunAsync(portal.Services, "planets", file, new StringWriter()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> PreviewAsync(HttpClient client, string kind, string csv)
    {
        var page = await client.GetStringAsync("/csm/import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "import.csv");
        var response = await client.PostAsync("/csm/import?handler=Preview", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> ConfirmAsync(HttpClient client, string preview)
    {
        var form = HtmlForms.Form(preview, "/csm/import", "Import");
        using var content = new FormUrlEncodedContent(form.Fields);
        return await client.FollowAsync(await client.PostAsync(form.Action, content));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
