using System.Diagnostics;
using System.Globalization;
using Adoption.Portal.Demo;
using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Email;


/// <summary>
/// Never sent twice: two portal instances share one outbox, and a sender killed mid-run repeats at most
/// the one message in flight.
/// </summary>
public sealed class TheSenderCrashes
{
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

    /// <summary>
    /// A real portal process sending 120 messages through a slow SMTP server is killed (SIGKILL) in
    /// the middle; at most the one message in flight reached the server without being marked sent, and
    /// after the leases run out a second process sends everything else exactly once.
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
            var (marked, claimed) = await CountAsync(database);
            var delivered = smtp.Count();
            Assert.InRange(delivered - marked, 0, 1);
            // Held by the dead sender: the message in flight, and the next one it claimed while the server took that one.
            Assert.InRange(claimed, 0, 2);
            Assert.True(marked < count, "The sender was killed after it had sent everything.");

            // The dead sender's leases run out; a new sender finishes the outbox.
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
}
