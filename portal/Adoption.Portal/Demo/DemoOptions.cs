namespace Adoption.Portal.Demo;

/// <summary>Settings of the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Fill an empty database with the demo: on with SQLite, off with SQL Server.</summary>
    public bool? Seed { get; set; }
}
