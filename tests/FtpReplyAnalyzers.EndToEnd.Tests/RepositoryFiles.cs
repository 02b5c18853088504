namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>Finds the repository root (the folder that holds FtpReplyAnalyzers.sln) from a test run.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FtpReplyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FtpReplyAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
