namespace WorkflowPlatform.Host.Tests;

/// <summary>Files of the repository the tests run from (the folder holding WorkflowPlatform.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string WorkflowsFolder => Path.Combine(Root, "workflows");

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkflowPlatform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("WorkflowPlatform.sln not found above the test binaries.");
    }
}
