using System.Net.Http.Headers;
using System.Text;
using Adoption.Portal.Demo;

namespace Adoption.Portal.Tests.Onboarding;

/// <summary>Calls to the server-to-server API as a host product's server makes them: the secret key as the Basic user name.</summary>
internal static class ServerApi
{
    public static HttpRequestMessage Request(HttpMethod method, string path, string? json, string? key = DemoServerKey.Value)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + ":")));
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }
}
