using Adoption.Sdk;
using Adoption.Sdk.SampleHost;

// The vendor's product. Everything Adoption needs is the AddAdoption line and IAdoptionClient where things happen.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAdoption(options => builder.Configuration.GetSection("Adoption").Bind(options));
var app = builder.Build();

app.MapGet("/", () => "Sample host product. POST /sign-in/{userId}, POST /reports, GET /adoption/statistics.");
app.MapPost("/sign-in/{userId}", ProductEndpoints.SignIn);
app.MapPost("/reports", ProductEndpoints.CreateReport);
app.MapGet("/adoption/statistics", (IAdoptionClient adoption) => adoption.Statistics);

// Disposing the app disposes the client, which sends what is still queued (for at most ShutdownTimeout).
app.Run();
