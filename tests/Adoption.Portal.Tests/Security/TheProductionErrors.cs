using System.Collections.Concurrent;
using System.Net;
using Adoption.Portal.Demo;
using Adoption.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Adoption.Portal.Tests.Security;

/// <summary>
/// Outside Development a failure shows the person a friendly page (problem+json on the APIs) with a
/// reference id the log holds too, and never the exception; a database locked past its busy timeout is 503 with Retry-After.
/// </summary>
public sealed class TheProductionErrors(TheProductionErrors.FailingPortal portal) : IClassFixture<TheProductionErrors.FailingPortal>
{
    [Fact]
    public async Task ShowAFriendlyPageWithTheReferenceTheLogHolds()
    {
        var response = await portal.CreatePortalClient().GetAsync("/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingPortal.Secret, html, StringComparison.Ordinal);
        var reference = System.Text.RegularExpressions.Regex.Match(html, "<code>([^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(reference);
        Assert.Contains(portal.Logged, m => m.Contains(reference, StringComparison.Ordinal));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task AnswerProblemJsonOnTheApis()
    {
        var response = await portal.CreatePortalClient().GetAsync("/v1/boom");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True("application/problem+json" == response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reference = json["referenceId"]!.GetValue<string>();
        Assert.Contains(portal.Logged, m => m.Contains(reference, StringComparison.Ordinal));
        Assert.DoesNotContain(FailingPortal.Secret, json.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AnswerABusyDatabaseWith503AndRetryAfterOnPages()
    {
        var ben = await portal.SignInAsync(DemoSignIns.CustomerUser.Email);
        var token = System.Text.RegularExpressions.Regex.Match(await ben.GetStringAsync("/profile"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        await using (var writer = new SqliteConnection($"Data Source={portal.DatabasePath}"))
        {
            await writer.OpenAsync();
            await using var hold = writer.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Locale"] = "fi", ["Input.TimeZone"] = "Europe/Helsinki", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            });
            var response = await ben.PostAsync("/profile", form);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
            Assert.Contains("The portal is busy right now.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            hold.CommandText = "ROLLBACK";
            await hold.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await ben.GetAsync("/profile")).StatusCode);
    }

    /// <summary>The portal with a one-second busy timeout and two paths that fail the way a bug would.</summary>
    public sealed class FailingPortal : PortalFactory, ILoggerProvider
    {
        public const string Secret = "secret-detail-of-the-failure";

        public ConcurrentQueue<string> Logged { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Adoption", $"Data Source={DatabasePath};Default Timeout=1");
            builder.ConfigureServices(s =>
            {
                s.AddSingleton<ILoggerProvider>(this);
                s.AddSingleton<IStartupFilter>(new Boom());
            });
        }

        public ILogger CreateLogger(string categoryName) => new Sink(Logged);

        void IDisposable.Dispose()
        {
        }

        private sealed class Boom : IStartupFilter
        {
            // After the portal's own pipeline: reached by paths no page or endpoint matches, inside its error handling.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use((http, inner) => http.Request.Path.Value!.EndsWith("/boom", StringComparison.Ordinal)
                    ? throw new InvalidOperationException(Secret)
                    : inner(http));
            };
        }

        private sealed class Sink(ConcurrentQueue<string> logged) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logged.Enqueue(formatter(state, exception));
        }
    }
}
