namespace Adoption.Portal.ServerKeys;

/// <summary>The host product server behind a request: which key it used and for which product environment.</summary>
public sealed record ServerKeyCaller(int KeyId, int EnvironmentId, string EnvironmentName)
{
    /// <summary>The caller of a request that passed <see cref="ServerKeyEndpoints.RequireServerKey{TBuilder}"/>.</summary>
    public static ServerKeyCaller From(HttpContext http) =>
        http.Items[typeof(ServerKeyCaller)] as ServerKeyCaller
        ?? throw new InvalidOperationException("The endpoint does not require a server key; add .RequireServerKey() to its group.");
}
