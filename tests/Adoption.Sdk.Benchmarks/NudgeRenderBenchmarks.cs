using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Adoption.Sdk.AspNetCore;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Adoption.Sdk.Benchmarks;

/// <summary>
/// What &lt;adoption-nudges placement="home" /&gt; costs a page once the user's decision is cached (every page
/// view but the first in a minute): a banner, and a checklist of three steps. Each operation is a new request;
/// <c>FirstVisit</c> is a visitor without the antiforgery cookie, <c>SecondPlacementOfAPage</c> renders into a page
/// that already has a placement. Since decision 0020 the tag neither makes a token nor sets the cookie (setup finds
/// none to send), so the three should cost about the same. The baseline is the same tag for a user with nothing to
/// show.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "GlobalCleanup disposes the client.")]
public class NudgeRenderBenchmarks
{
    private const string Decision = """
        { "userId": "user-001-01", "cacheSeconds": 3600, "engagements": [
          { "id": "ngm_banner", "kind": "banner", "placement": "home", "priority": 50, "dismissible": true, "snoozeDays": 7,
            "content": { "locale": "fi", "title": "Kokeile raportteja", "body": "Raportit säästävät aikaa joka viikko.", "ctaLabel": "Kokeile", "ctaUrl": "/reports/new" },
            "steps": [], "token": "CfDJ8banner0123456789abcdefghijklmnopqrstuvwxyz" },
          { "id": "ngm_list", "kind": "checklist", "placement": "home", "priority": 40, "dismissible": true, "snoozeDays": 0,
            "content": { "locale": "fi", "title": "Aloita tästä", "body": "Kolme askelta", "ctaLabel": null, "ctaUrl": null },
            "steps": [ { "key": "import-data", "label": "Tuo tiedot", "done": true }, { "key": "invite", "label": "Kutsu kollega", "done": false }, { "key": "report", "label": "Luo raportti", "done": false } ],
            "token": "CfDJ8checklist0123456789abcdefghijklmnopqrstuvwxyz" } ] }
        """;

    private ServiceProvider _services = null!;
    private AdoptionClient _client = null!;
    private HttpContext _sharedPage = null!;
    private string _antiforgeryCookie = "";

    [GlobalSetup]
    public void Setup()
    {
        _client = new AdoptionClient(
            new AdoptionOptions { WriteKey = "wk_bench", ServerKey = "sk_bench", Endpoint = new Uri("http://portal.invalid/"), DecisionCacheDuration = TimeSpan.FromHours(1) },
            new OneAnswer(Decision));
        var services = new ServiceCollection().AddLogging().AddSingleton<IAdoptionClient>(_client);
        services.AddAdoptionAspNetCore(o => o.RecordSeen = false);
        _services = services.BuildServiceProvider();
        // Fills the cache: from here on every render is served from memory.
        _client.GetEngagementsAsync("user-001-01", ["home"]).GetAwaiter().GetResult();
        _client.GetEngagementsAsync("user-002-01", ["home"]).GetAwaiter().GetResult();
        var first = NewRequest("user-001-01");
        Render(first);
        _antiforgeryCookie = first.Response.Headers.SetCookie.ToString().Split(';')[0];
        _sharedPage = NewRequest("user-001-01");
        Render(_sharedPage);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _client.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public int NothingToShow() => Render(NewRequest("user-002-01"));

    [Benchmark]
    public int BannerAndChecklistFromCache() => Render(NewRequest("user-001-01"));

    [Benchmark]
    public int FirstVisit() => Render(NewRequest("user-001-01", withCookie: false));

    [Benchmark]
    public int SecondPlacementOfAPage() => Render(_sharedPage);

    private HttpContext NewRequest(string userId, bool withCookie = true)
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Path = "/reports";
        if (withCookie && _antiforgeryCookie.Length > 0)
        {
            http.Request.Headers.Cookie = _antiforgeryCookie;
        }

        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "bench"));
        return http;
    }

    private int Render(HttpContext http)
    {
        var helper = new AdoptionNudgesTagHelper(_client, _services.GetRequiredService<IAntiforgery>(), _services.GetRequiredService<IOptions<AdoptionAspNetCoreOptions>>())
        {
            Placement = "home",
            ViewContext = new ViewContext { HttpContext = http },
        };
        var context = new TagHelperContext("adoption-nudges", [], new Dictionary<object, object>(), "b");
        var output = new TagHelperOutput("adoption-nudges", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.ProcessAsync(context, output).GetAwaiter().GetResult();
        var html = new StringBuilder();
        using var writer = new StringWriter(html);
        output.WriteTo(writer, HtmlEncoder.Default);
        return html.Length;
    }

    /// <summary>Answers the first decide request of each user with the decision above; the benchmark never asks twice.</summary>
    private sealed class OneAnswer(string json) : DelegatingHandler(new HttpClientHandler()), IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var answer = body.Contains("user-001-01", StringComparison.Ordinal) ? json : """{ "cacheSeconds": 3600, "engagements": [] }""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
        }
    }
}
