using System.Security.Claims;
using System.Text.Encodings.Web;
using Adoption.Sdk.AspNetCore;
using Adoption.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adoption.Sdk.Tests.AspNetCore;

/// <summary>Runs the real tag helper the way Razor does, for a signed-in user, and returns the HTML it writes.</summary>
public sealed class NudgeRendering
{
    private readonly ServiceProvider _services;

    public NudgeRendering(IAdoptionClient client, TimeProvider clock, Action<AdoptionAspNetCoreOptions>? configure = null)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(client);
        services.AddAdoptionAspNetCore(configure);
        _services = services.BuildServiceProvider();
        Seen = new SeenLog(clock);
    }

    internal SeenLog Seen { get; }

    public HttpContext NewRequest(string? userId = "user-001-01", string path = "/reports")
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Path = path;
        http.Request.QueryString = new QueryString("?view=all");
        if (userId is not null)
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        }

        return http;
    }

    public async Task<string> RenderAsync(string placement, HttpContext? http = null, string? nonce = null)
    {
        http ??= NewRequest();
        var helper = new AdoptionNudgesTagHelper(
            _services.GetRequiredService<IAdoptionClient>(), _services.GetRequiredService<IAntiforgery>(),
            _services.GetRequiredService<IOptions<AdoptionAspNetCoreOptions>>(), Seen)
        {
            Placement = placement,
            Nonce = nonce,
            ViewContext = new ViewContext { HttpContext = http },
        };
        var context = new TagHelperContext("adoption-nudges", [], new Dictionary<object, object>(), "t1");
        var output = new TagHelperOutput("adoption-nudges", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        await helper.ProcessAsync(context, output);
        await using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
