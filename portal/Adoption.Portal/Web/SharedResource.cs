namespace Adoption.Portal.Web;

/// <summary>Marker for strings shared by many pages (layout, buttons); see Resources/Web/SharedResource.*.resx.</summary>
public sealed class SharedResource;
