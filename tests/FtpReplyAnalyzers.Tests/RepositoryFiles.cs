namespace FtpReplyAnalyzers.Tests;

/// <summary>Finds files of the repository from a test run (the folder that holds FtpReplyAnalyzers.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

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
