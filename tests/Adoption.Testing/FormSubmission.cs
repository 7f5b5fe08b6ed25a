namespace Adoption.Testing;

public static class FormSubmission
{
    /// <summary>
    /// Opens <paramref name="page"/>, takes the form that posts to <paramref name="handler"/> with the
    /// values it shows (antiforgery token included), applies <paramref name="changes"/> (a null value
    /// removes the field, as an unticked checkbox would) and submits it as a browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string page, string? handler, Dictionary<string, string?>? changes = null)
    {
        var form = HtmlForms.Form(await client.GetStringAsync(page), page, handler);
        foreach (var (name, value) in changes ?? [])
        {
            if (value is null)
            {
                form.Fields.Remove(name);
            }
            else
            {
                form.Fields[name] = value;
            }
        }

        using var content = new FormUrlEncodedContent(form.Fields);
        return await client.PostAsync(form.Action, content);
    }

    /// <summary>Follows a redirect-after-post and returns the page it lands on.</summary>
    public static async Task<string> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Expected a redirect after the post, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await client.GetStringAsync(response.Headers.Location);
    }
}
