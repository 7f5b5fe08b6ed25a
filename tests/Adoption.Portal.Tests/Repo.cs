namespace Adoption.Portal.Tests;

/// <summary>The repository's root folder, found from the test assembly's location.</summary>
internal static class Repo
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Adoption.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Adoption.sln not found above " + AppContext.BaseDirectory);
    }
}
