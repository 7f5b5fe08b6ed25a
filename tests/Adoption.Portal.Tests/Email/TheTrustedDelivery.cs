using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Portal.EmailPrograms;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Adoption.Portal.Tests.Email.TheOutbox;

namespace Adoption.Portal.Tests.Email;

/// <summary>
/// Delivery against a real SMTP server process (aiosmtpd) that answers as real servers do: a 451 is
/// tried again, a 5xx is not, a 5.1.1 suppresses the address; a killed sender repeats at most the one
/// message in flight; links never follow the request's Host header.
/// </summary>
public sealed partial class TheTrustedDelivery
{
    [Fact]
    public async Task A451IsTriedAgainAfterABackoffWithJitterAndThenDelivered()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        var id = await QueueAsync(portal, "greylist-kim@northwind.example");

        var deferred = await WaitForAsync(portal, id, m => m.Attempts == 1);
        Assert.Null(deferred.SentAt);
        Assert.Null(deferred.FailedAt);
        Assert.StartsWith("SMTP 451", deferred.LastError, StringComparison.Ordinal);
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        Assert.InRange(deferred.NextAttemptAt!.Value, now.AddSeconds(30), now.AddMinutes(1));
        Assert.Equal(0, portal.Mailbox.Count());

        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        portal.Services.GetRequiredService<OutboxSignal>().Poke();

        var sent = await WaitForAsync(portal, id, m => m.SentAt is not null);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal("greylist-kim@northwind.example", Assert.Single(portal.Mailbox.Messages()).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A550NoSuchMailboxIsNotRetriedSuppressesTheAddressAndShowsTheCsm()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        const string bounced = "nobody.ben@northwind.example";
        int benId, accountId;
        await using (var db = portal.CreateDb())
        {
            var ben = await db.Contacts.SingleAsync(c => c.Email == DemoSignIns.CustomerUser.Email);
            ben.Email = bounced;
            await db.SaveChangesAsync();
            (benId, accountId) = (ben.Id, ben.AccountId);
        }

        var id = await QueueAsync(portal, bounced);
        var failed = await WaitForAsync(portal, id, m => m.FailedAt is not null);

        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.NextAttemptAt);
        Assert.Contains("5.1.1", failed.LastError, StringComparison.Ordinal);
        await using (var db = portal.CreateDb())
        {
            var suppression = await db.EmailSuppressions.SingleAsync();
            Assert.Equal(bounced, suppression.Address);
            Assert.Equal(id, suppression.EmailMessageId);
            Assert.NotNull((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == benId)).EmailBouncedAt);
        }

        // Never tried again, and never mailed again: not a message queued later, not a program.
        var later = await QueueAsync(portal, "Nobody.Ben@northwind.example");
        var skipped = await WaitForAsync(portal, later, m => m.FailedAt is not null);
        Assert.Equal(0, skipped.Attempts);
        Assert.Contains("suppressed", skipped.LastError, StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromHours(7));
        portal.Services.GetRequiredService<OutboxSignal>().Poke();
        var digest = await EmailPrograms.ProgramTesting.RunAsync(portal, "weekly-digest", accountId);
        Assert.Equal(1, digest.SkippedFor(SkipReason.Suppressed));
        await using (var db = portal.CreateDb())
        {
            Assert.Equal(1, (await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.Id == id)).Attempts);
            Assert.False(await db.EmailOutbox.AnyAsync(m => m.ContactId == benId && m.Category == Domain.Accounts.EmailCategory.AdoptionDigest));
        }

        Assert.DoesNotContain(portal.Mailbox.Messages(), m => m.To.Mailboxes.Any(b => b.Address.Contains("nobody", StringComparison.OrdinalIgnoreCase)));

        var csm = await portal.SignInAsync(DemoSignIns.Csm.Email);
        var page = await csm.GetStringAsync("/csm/email");
        Assert.Contains($"data-address=\"{bounced}\"", page, StringComparison.Ordinal);
        Assert.Contains("Ben Carter", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPermanentRefusalIsNotRetriedAndSuppressesNothing()
    {
        await using var portal = MailPortalFactory.WithPickyServer();
        var id = await QueueAsync(portal, "refused-cy@northwind.example");

        var failed = await WaitForAsync(portal, id, m => m.FailedAt is not null);

        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("SMTP 554", failed.LastError, StringComparison.Ordinal);
        await using var db = portal.CreateDb();
        Assert.False(await db.EmailSuppressions.AnyAsync());
    }

    [Fact]
    public async Task OneConnectionCarriesAllDueMessagesEachToOneRecipient()
    {
        await using var portal = new MailPortalFactory();
        var ids = new List<long>();
        await using (var db = portal.CreateDb())
        {
            var messages = Enumerable.Range(1, 6).Select(i => new EmailMessage
            {
                To = $"reader{i}@northwind.example", Subject = "Hello", TextBody = "Hello\n", CreatedAt = portal.Clock.GetUtcNow().UtcDateTime,
            }).ToList();
            db.EmailOutbox.AddRange(messages);
            await db.SaveChangesAsync();
            ids.AddRange(messages.Select(m => m.Id));
        }

        portal.Services.GetRequiredService<OutboxSignal>().Poke();
        foreach (var id in ids)
        {
            await WaitForAsync(portal, id, m => m.SentAt is not null);
        }

        var received = portal.Mailbox.Messages();
        Assert.Equal(6, received.Count);
        Assert.All(received, m => Assert.Single(m.To.Mailboxes));
        // aiosmtpd stamps each message with the client's address and port: one port, one connection.
        Assert.Single(received.Select(m => m.Headers["X-Peer"]).Distinct());
    }

    [Fact]
    public async Task TwoPortalInstancesOnOneDatabaseSendEachMessageOnce()
    {
        await using var first = new MailPortalFactory();
        await using var second = new SharedDatabasePortal(first);
        await using (var db = first.CreateDb())
        {
            db.EmailOutbox.AddRange(Enumerable.Range(1, 40).Select(i => new EmailMessage
            {
                To = $"twice{i}@northwind.example", Subject = "Once", TextBody = "Once\n", CreatedAt = first.Clock.GetUtcNow().UtcDateTime,
            }));
            await db.SaveChangesAsync();
        }

        // Both senders drain the same outbox at the same time, into the same SMTP server.
        first.Services.GetRequiredService<OutboxSignal>().Poke();
        second.Services.GetRequiredService<OutboxSignal>().Poke();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = first.CreateDb();
            if (await db.EmailOutbox.CountAsync(m => m.To.StartsWith("twice") && m.SentAt != null) == 40)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "The two senders did not send the 40 messages.");
            await Task.Delay(100);
        }

        await Task.Delay(500);
        var received = first.Mailbox.Messages().Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Equal(40, received.Count);
        Assert.Equal(40, received.Distinct().Count());
    }

    [Fact]
    public async Task LinksCarryTheConfiguredAddressWhateverTheHostHeaderSays()
    {
        await using var portal = new KestrelMailPortal();
        portal.UseKestrel(0);
        portal.StartServer();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = portal.ClientOptions.BaseAddress };
        client.DefaultRequestHeaders.Host = "evil.example";

        var asked = await client.PostFormAsync("/password/forgot", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var message = await portal.Mailbox.WaitForMessageToAsync(DemoSignIns.CustomerUser.Email);
        var link = ResetLink().Match(message.TextBody!).Value;
        Assert.StartsWith("https://localhost/password/reset/", link, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", message.TextBody + message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideDevelopmentThePortalDoesNotStartWithoutItsPublicAddress()
    {
        using var portal = new NoPublicUrlPortal();

        var failure = Assert.ThrowsAny<Exception>(() => portal.Services);

        Assert.Contains("Email:PublicUrl", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// A real portal process sending 120 messages through a slow SMTP server is killed (SIGKILL) in
    /// the middle; at most the one message in flight reached the server without being marked sent, and
    /// after its lease a second process sends everything else exactly once.
    /// </summary>
    [Fact]
    public async Task AKilledSenderRepeatsAtMostTheOneMessageInFlight()
    {
        using var smtp = SmtpServer.StartPicky(delay: TimeSpan.FromMilliseconds(40));
        var database = Path.Combine(Path.GetTempPath(), "adoption-tests", $"kill-{Guid.NewGuid():N}.db");
        File.Copy(DemoTemplate.Path, database);
        try
        {
            const int count = 120;
            await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var transaction = await connection.BeginTransactionAsync();
                for (var i = 1; i <= count; i++)
                {
                    await using var insert = connection.CreateCommand();
                    insert.CommandText = "INSERT INTO EmailOutbox (\"To\", Subject, TextBody, CreatedAt, Attempts) VALUES ($to, 'Kill test', 'Hello', $now, 0)";
                    insert.Parameters.AddWithValue("$to", $"k{i}@northwind.example");
                    insert.Parameters.AddWithValue("$now", DateTime.UtcNow);
                    await insert.ExecuteNonQueryAsync();
                }

                await transaction.CommitAsync();
            }

            using (var sender = StartSender(database, smtp.Port))
            {
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (smtp.Count() < 30)
                {
                    Assert.False(sender.HasExited, "The sender finished before it could be killed.");
                    Assert.True(DateTime.UtcNow < deadline, "The sender sent nothing.");
                    await Task.Delay(10);
                }

                sender.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no finally blocks
                await sender.WaitForExitAsync();
            }

            await Task.Delay(300); // a message the server had accepted lands in its Maildir
            var (marked, inFlight) = await CountAsync(database);
            var delivered = smtp.Count();
            Assert.InRange(delivered - marked, 0, 1);
            Assert.InRange(inFlight, 0, 1);
            Assert.True(marked < count, "The sender was killed after it had sent everything.");

            // The in-flight message's lease runs out; a new sender finishes the outbox.
            await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var expire = connection.CreateCommand();
                expire.CommandText = "UPDATE EmailOutbox SET NextAttemptAt = NULL WHERE SentAt IS NULL";
                await expire.ExecuteNonQueryAsync();
            }

            using (var again = StartSender(database, smtp.Port))
            {
                await again.WaitForExitAsync();
                Assert.Equal(0, again.ExitCode);
            }

            Assert.Equal((count, 0), await CountAsync(database));
            var recipients = smtp.Messages().Select(m => m.To.Mailboxes.Single().Address).ToList();
            Assert.Equal(count, recipients.Distinct().Count());
            Assert.InRange(recipients.Count, count, count + 1);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }

    /// <summary>The portal's operator command as its own process: queue nothing (no such account), then deliver the outbox.</summary>
    private static Process StartSender(string database, int smtpPort)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var bin = Path.Combine(Repo.Root, "portal", "Adoption.Portal", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "Adoption.Portal.dll"), "programs", "run", "weekly-digest", "--account", "999999", "--deliver"])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["ConnectionStrings__Adoption"] = $"Data Source={database}",
                ["Demo__Seed"] = "false",
                ["EmailPrograms__Schedule"] = "false",
                ["Email__PublicUrl"] = "https://localhost",
                ["Smtp__Host"] = "127.0.0.1",
                ["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
                ["Smtp__Security"] = "None",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<(int Sent, int Claimed)> CountAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM EmailOutbox WHERE SentAt IS NOT NULL), (SELECT COUNT(*) FROM EmailOutbox WHERE SentAt IS NULL AND NextAttemptAt IS NOT NULL)";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    [GeneratedRegex(@"https?://\S+/password/reset/[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();

    private sealed class KestrelMailPortal : MailPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:AllowHttp", "true");
        }
    }

    /// <summary>A second portal instance on the first one's database and SMTP server.</summary>
    private sealed class SharedDatabasePortal(MailPortalFactory first) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Adoption", $"Data Source={first.DatabasePath}");
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", first.SmtpPort.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Email:PollInterval", "00:00:00.200");
        }
    }

    private sealed class NoPublicUrlPortal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("Email:PublicUrl", "");
        }
    }
}
