using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Adoption.Portal.Security;

/// <summary>
/// The Data Protection key ring (it protects sign-in, antiforgery and invitation tokens) lives in the
/// portal's database, so every instance shares it without a shared folder and it survives restarts.
/// With <c>Portal:KeysCertificate:Path</c> (a .pfx, and <c>:Password</c>) the keys are encrypted at
/// rest with that certificate; keep the certificate outside the database.
/// </summary>
internal static class KeyRing
{
    public static void AddPortalKeyRing(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("Adoption").PersistKeysToDbContext<AdoptionDb>();
        var certificate = builder.PortalOptions().KeysCertificate;
        if (!string.IsNullOrEmpty(certificate.Path))
        {
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(certificate.Path, certificate.Password));
        }
    }
}
