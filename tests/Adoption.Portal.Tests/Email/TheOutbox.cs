using Adoption.Portal.Domain.Email;
using Adoption.Portal.Email;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Adoption.Portal.Tests.Email;

/// <summary>The outbox against a real SMTP server (aiosmtpd): sent once, marked sent, never lost.</summary>
public sealed class TheOutbox
{
    [Fact]
    public async Task SendsAQueuedMessageThroughTheSmtpServerAndMarksItSent()
    {
        await using var portal = new MailPortalFactory();
        var id = await QueueAsync(portal, "ada@northwind.example", unsubscribe: "https://portal.example/unsubscribe/abc");

        var sent = await WaitForAsync(portal, id, m => m.SentAt is not null);
        var received = await portal.Mailbox.WaitForMessageToAsync("ada@northwind.example");

        Assert.Equal("Your weekly adoption digest", received.Subject);
        Assert.Equal("success@vendor.example", received.From.Mailboxes.Single().Address);
        Assert.Equal($"outbox-{id}@vendor.example", received.MessageId);
        Assert.Equal("Hello Ada\n", received.TextBody!.ReplaceLineEndings("\n"));
        Assert.Equal("<p>Hello Ada</p>", received.HtmlBody!.Trim());
        Assert.Equal("<https://portal.example/unsubscribe/abc>", received.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", received.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(1, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Single(portal.Mailbox.Messages());
    }

    [Fact]
    public async Task KeepsMessagesWhileTheServerIsDownAndSendsThemWhenItIsBack()
    {
        await using var portal = MailPortalFactory.WithServerDown();
        var id = await QueueAsync(portal, "bo@northwind.example");

        var failed = await WaitForAsync(portal, id, m => m.Attempts == 1);
        Assert.Null(failed.SentAt);
        Assert.NotNull(failed.LastError);
        // The first retry after a minute, with jitter: between half of it and all of it.
        Assert.InRange(failed.NextAttemptAt!.Value, portal.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), portal.Clock.GetUtcNow().UtcDateTime.AddMinutes(1));

        portal.Smtp = SmtpServer.Start(portal.SmtpPort);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        portal.Services.GetRequiredService<OutboxSignal>().Poke();

        await portal.Mailbox.WaitForMessageToAsync("bo@northwind.example");
        var sent = await WaitForAsync(portal, id, m => m.SentAt is not null);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.NextAttemptAt);
        Assert.Single(portal.Mailbox.Messages());
    }

    [Fact]
    public async Task RecordsAMalformedAddressWithoutHoldingBackTheRest()
    {
        await using var portal = new MailPortalFactory();
        var bad = await QueueAsync(portal, "not an address@@");
        var good = await QueueAsync(portal, "dee@northwind.example");

        await WaitForAsync(portal, good, m => m.SentAt is not null);
        var failed = await WaitForAsync(portal, bad, m => m.Attempts == 1);

        Assert.Null(failed.SentAt);
        Assert.NotNull(failed.FailedAt); // a malformed address never becomes deliverable
        Assert.NotNull(failed.LastError);
        Assert.Equal("dee@northwind.example", Assert.Single(portal.Mailbox.Messages()).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task WritesEmlFilesWhenNoSmtpServerIsConfigured()
    {
        var folder = Path.Combine(Path.GetTempPath(), "adoption-tests", $"pickup-{Guid.NewGuid():N}");
        await using var portal = new PickupPortalFactory(folder);
        var id = await QueueAsync(portal, "cy@northwind.example");

        await WaitForAsync(portal, id, m => m.SentAt is not null);
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.Equal("cy@northwind.example", message.To.Mailboxes.Single().Address);
        Assert.Equal("Your weekly adoption digest", message.Subject);
        Directory.Delete(folder, recursive: true);
    }

    internal static async Task<long> QueueAsync(PortalFactory portal, string to, string? unsubscribe = null)
    {
        await using var db = portal.CreateDb();
        var message = new EmailMessage
        {
            To = to, Subject = "Your weekly adoption digest", TextBody = "Hello Ada\n", HtmlBody = "<p>Hello Ada</p>",
            UnsubscribeUrl = unsubscribe, CreatedAt = portal.Clock.GetUtcNow().UtcDateTime,
        };
        db.EmailOutbox.Add(message);
        await db.SaveChangesAsync();
        portal.Services.GetRequiredService<OutboxSignal>().Poke();
        return message.Id;
    }

    internal static async Task<EmailMessage> WaitForAsync(PortalFactory portal, long id, Func<EmailMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using var db = portal.CreateDb();
            var message = await db.EmailOutbox.AsNoTracking().SingleAsync(m => m.Id == id);
            if (condition(message))
            {
                return message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Outbox message {id} never reached the expected state (attempts {message.Attempts}, error {message.LastError}).");
            await Task.Delay(100);
        }
    }

    private sealed class PickupPortalFactory(string folder) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Email:PickupDirectory", folder);
            builder.UseSetting("Email:PollInterval", "00:00:00.200");
        }
    }
}
