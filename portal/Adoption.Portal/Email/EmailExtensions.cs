using Microsoft.Extensions.Options;

namespace Adoption.Portal.Email;

public static class EmailExtensions
{
    /// <summary>
    /// The outbox and its sender. <c>Smtp:Host</c> set: mail goes to that server. Not set (the
    /// zero-set-up default): each message is written as an .eml file under <c>Email:PickupDirectory</c>.
    /// </summary>
    public static void AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmtpOptions>().Bind(builder.Configuration.GetSection(SmtpOptions.Section));
        // Links in emails come from configuration only, never from a request's Host header; outside
        // Development the portal refuses to start without its public address.
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section))
            .Validate(o => development ? o.PublicUrl is null || PortalLinks.IsValidOrigin(o.PublicUrl) : PortalLinks.IsValidOrigin(o.PublicUrl),
                "Email:PublicUrl is required outside Development: the portal's public address for links in emails, e.g. https://success.vendor.example (set Email__PublicUrl).")
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddScoped<Outbox>();
        builder.Services.AddSingleton<UnsubscribeTokens>();
        builder.Services.AddScoped<PortalLinks>();

        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<OutboxOptions>>().Value.TemplatesDirectory;
            return new EmailTemplates(configured is null ? Path.Combine(AppContext.BaseDirectory, "email-templates") : Path.Combine(contentRoot, configured));
        });
        builder.Services.AddSingleton<IMailDelivery>(sp =>
        {
            if (sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Configured)
            {
                return ActivatorUtilities.CreateInstance<SmtpDelivery>(sp);
            }

            var pickup = Path.Combine(contentRoot, sp.GetRequiredService<IOptions<OutboxOptions>>().Value.PickupDirectory);
            return ActivatorUtilities.CreateInstance<PickupFolderDelivery>(sp, pickup);
        });
        builder.Services.AddHostedService<OutboxSender>();
    }
}
