using Microsoft.AspNetCore.Hosting;

namespace Adoption.Testing;

/// <summary>A portal that sends its email through a real SMTP server (aiosmtpd) started for it.</summary>
public class MailPortalFactory : PortalFactory
{
    public MailPortalFactory()
        : this(SmtpServer.Start())
    {
    }

    private MailPortalFactory(SmtpServer? smtp)
    {
        Smtp = smtp;
        SmtpPort = smtp?.Port ?? SmtpServer.FreePort();
    }

    /// <summary>A portal whose SMTP server is down: nothing listens on <see cref="SmtpPort"/> until a test starts one there.</summary>
    public static MailPortalFactory WithServerDown() => new(smtp: null);

    /// <summary>A portal whose SMTP server bounces, refuses and greylists test addresses (<see cref="SmtpServer.StartPicky"/>).</summary>
    public static MailPortalFactory WithPickyServer() => new(SmtpServer.StartPicky());

    public SmtpServer? Smtp { get; set; }
    public int SmtpPort { get; }

    /// <summary>The SMTP server, which this fixture was started with.</summary>
    public SmtpServer Mailbox => Smtp ?? throw new InvalidOperationException("This portal's SMTP server is not running.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:From", "Adoption <success@vendor.example>");
        // Real-time polling only paces the sender; retry times follow the fake clock.
        builder.UseSetting("Email:PollInterval", "00:00:00.200");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp?.Dispose();
        GC.SuppressFinalize(this);
    }
}
