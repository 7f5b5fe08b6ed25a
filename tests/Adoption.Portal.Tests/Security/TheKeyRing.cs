using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.EntityFrameworkCore;

namespace Adoption.Portal.Tests.Security;

/// <summary>The Data Protection keys live in the database, so a second instance on the same database reads the first one's cookies.</summary>
public sealed class TheKeyRing(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task IsSharedThroughTheDatabaseByEveryInstance()
    {
        var (client, cookie) = await SignInAsync();
        await using var db = portal.CreateDb();
        Assert.NotEmpty(await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());

        // Another portal process on the same database file, sharing no folder with the first.
        await using var second = new SameDatabasePortal(portal.DatabasePath);
        var other = second.CreatePortalClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/overview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);
    }

    [Fact]
    public async Task IsEncryptedAtRestWhenACertificateIsConfigured()
    {
        await using var encrypted = new CertificatePortal();
        var client = encrypted.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/overview")).StatusCode);

        await using var db = encrypted.CreateDb();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    private async Task<(HttpClient, string)> SignInAsync()
    {
        var client = portal.CreatePortalClient();
        var response = await client.PostFormAsync("/signin", new() { ["Input.Email"] = DemoSignIns.CustomerUser.Email, ["Input.Password"] = DemoSignIns.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-adoption.session=", StringComparison.Ordinal)).Split(';')[0]);
    }

    /// <summary>The demo copy without its key ring and a certificate configured, so the first key is made encrypted.</summary>
    private sealed class CertificatePortal : PortalFactory
    {
        private readonly string certificate = Path.Combine(Path.GetTempPath(), $"adoption-keys-{Guid.NewGuid():N}.pfx");

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            using (var rsa = System.Security.Cryptography.RSA.Create(2048))
            {
                var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Adoption keys", rsa,
                    System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
                using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                File.WriteAllBytes(certificate, cert.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "test-pass"));
            }

            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
            {
                connection.Open();
                using var delete = connection.CreateCommand();
                delete.CommandText = "DELETE FROM DataProtectionKeys";
                delete.ExecuteNonQuery();
            }

            builder.UseSetting("Portal:KeysCertificate:Path", certificate);
            builder.UseSetting("Portal:KeysCertificate:Password", "test-pass");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            File.Delete(certificate);
        }
    }

    /// <summary>Its own (never created) file is what it deletes on dispose; the shared file stays the first portal's.</summary>
    private sealed class SameDatabasePortal(string path) : PortalFactory
    {
        protected override bool StartEmpty => true;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Adoption", $"Data Source={path}");
        }
    }
}
