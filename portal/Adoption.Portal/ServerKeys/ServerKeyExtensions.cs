namespace Adoption.Portal.ServerKeys;

public static class ServerKeyExtensions
{
    public static void AddServerKeys(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<ServerKeyAuthenticator>();
}
