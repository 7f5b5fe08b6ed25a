namespace Adoption.Portal.Web;

/// <summary>The portal's own settings, bound from the <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Serve pages and set cookies over plain http (trusted networks only): on in Development, off elsewhere.</summary>
    public bool? AllowHttp { get; set; }
    /// <summary>Trust <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from a TLS-terminating proxy: off.</summary>
    public bool ForwardedHeaders { get; set; }
    /// <summary>The port https is served on when the portal cannot see it itself: none.</summary>
    public int? HttpsPort { get; set; }
    /// <summary>A .pfx that encrypts the Data Protection keys at rest: none.</summary>
    public CertificateFile KeysCertificate { get; set; } = new();
    /// <summary>How long a sign-in lasts.</summary>
    public Identity.SessionOptions Session { get; set; } = new();

    /// <summary>Whether plain http is allowed in <paramref name="environment"/>.</summary>
    public bool HttpAllowed(IHostEnvironment environment) => AllowHttp ?? environment.IsDevelopment();

    public sealed class CertificateFile
    {
        public string? Path { get; set; }
        public string? Password { get; set; }
    }
}
