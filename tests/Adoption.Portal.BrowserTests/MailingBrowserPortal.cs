using System.Globalization;
using Adoption.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Adoption.Portal.BrowserTests;

/// <summary>The browser portal sending its email through a real SMTP server (aiosmtpd).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class MailingBrowserPortal : BrowserPortal
{
    public MailingBrowserPortal()
        : this(SmtpServer.Start())
    {
    }

    private MailingBrowserPortal(SmtpServer smtp)
        : base(b =>
        {
            b.UseSetting("Smtp:Host", "127.0.0.1");
            b.UseSetting("Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Smtp:Security", "None");
            b.UseSetting("Email:PollInterval", "00:00:00.200");
        }) => Smtp = smtp;

    public SmtpServer Smtp { get; }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
