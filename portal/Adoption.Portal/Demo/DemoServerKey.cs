namespace Adoption.Portal.Demo;

/// <summary>
/// The demo host product's secret server key. It is printed at start because it is the demo's: a
/// real key is shown once when created and never again.
/// </summary>
public static class DemoServerKey
{
    public const string Value = "sk_demo_7c2e9a41d5b84f06a3e1c8b2d9f05e6a";
}
