using Adoption.Sdk;
using Adoption.Sdk.AspNetCore;
using Adoption.Sdk.SampleHost;
using Microsoft.AspNetCore.Authentication.Cookies;

// The vendor's product. What Adoption needs: AddAdoption (events and decisions), AddAdoptionAspNetCore and
// MapAdoptionEndpoints (nudges), IAdoptionClient where things happen, <adoption-nudges> where nudges may appear.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAdoption(options => builder.Configuration.GetSection("Adoption").Bind(options));
builder.Services.AddAdoptionAspNetCore(options => options.LocaleResolver = SignIn.Locale);
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options => options.LoginPath = "/SignIn");
builder.Services.AddAuthorization();
builder.Services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/").AllowAnonymousToPage("/SignIn"));
var app = builder.Build();

app.UseStrictContentSecurityPolicy();
app.UseAuthentication();
app.UseAuthorization();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapAdoptionEndpoints();
app.MapGet("/adoption/statistics", (IAdoptionClient adoption) => adoption.Statistics).RequireAuthorization();

// Disposing the app disposes the client, which sends what is still queued (for at most ShutdownTimeout).
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
