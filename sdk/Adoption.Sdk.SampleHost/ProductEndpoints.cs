using Adoption.Sdk;

namespace Adoption.Sdk.SampleHost;

/// <summary>The host's own features, each telling Adoption what happened. None of these calls can fail or wait.</summary>
internal static class ProductEndpoints
{
    public sealed record ReportRequest(string UserId, string Format);

    // After sign-in the product says who the person is and which customer account they belong to.
    public static IResult SignIn(string userId, IAdoptionClient adoption)
    {
        adoption.Identify(userId, new UserTraits
        {
            Email = $"{userId}@northwind.example",
            Name = "Anna Virtanen",
            Role = "admin",
            Locale = "fi-FI",
        });
        adoption.Group(userId, "northwind", new GroupTraits { Name = "Northwind Traders", Plan = "Enterprise", Arr = 120_000m });
        return Results.Ok(new { signedIn = userId });
    }

    // A key feature of the product: the event name matches the portal's feature catalogue.
    public static IResult CreateReport(ReportRequest request, IAdoptionClient adoption)
    {
        adoption.Track(request.UserId, "Report Created", new Dictionary<string, object?> { ["format"] = request.Format });
        return Results.Created($"/reports/{Guid.NewGuid()}", request);
    }
}
