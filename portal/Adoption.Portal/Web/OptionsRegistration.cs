using Microsoft.Extensions.Options;

namespace Adoption.Portal.Web;

/// <summary>The one way the portal binds settings: a typed class per area, validated when the host starts.</summary>
public static class OptionsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to <paramref name="section"/> with
    /// <c>AddOptions&lt;T&gt;().Bind(section).ValidateOnStart()</c>; <paramref name="validate"/> adds
    /// rules whose messages name the key. A value that does not convert (a word where a number or
    /// a choice belongs) fails the start with the key's name too. <typeparamref name="T"/> itself is
    /// registered for consumers that take the values directly, and returned for the choices the
    /// composition makes before the host is built (which provider, which certificate).
    /// </summary>
    public static T AddPortalOptions<T>(this WebApplicationBuilder builder, string section, Action<OptionsBuilder<T>>? validate = null)
        where T : class, new()
    {
        var configuration = builder.Configuration.GetSection(section);
        var options = builder.Services.AddOptions<T>().Bind(configuration);
        validate?.Invoke(options);
        options.ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return configuration.Get<T>() ?? new T();
    }

    /// <summary>The <c>Portal</c> section, registered the first time an area asks for it.</summary>
    public static PortalOptions PortalOptions(this WebApplicationBuilder builder)
    {
        var properties = ((IHostApplicationBuilder)builder).Properties;
        if (properties.TryGetValue(typeof(PortalOptions), out var bound))
        {
            return (PortalOptions)bound;
        }

        var options = builder.AddPortalOptions<PortalOptions>(Web.PortalOptions.Section, o => o
            .Validate(p => p.HttpsPort is null or (> 0 and <= 65535), "Portal:HttpsPort must be a port number from 1 to 65535.")
            .Validate(p => p.Session.IdleTimeout > TimeSpan.Zero, "Portal:Session:IdleTimeout must be longer than zero.")
            .Validate(p => p.Session.AbsoluteTimeout > TimeSpan.Zero, "Portal:Session:AbsoluteTimeout must be longer than zero."));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<PortalOptions>().Session);
        properties[typeof(PortalOptions)] = options;
        return options;
    }
}
