namespace Adoption.Portal.Web;

/// <summary>Lines an area adds to the welcome printed once the portal listens (the demo's sign-ins).</summary>
public interface IWelcomeNote
{
    IEnumerable<string> Lines();
}
