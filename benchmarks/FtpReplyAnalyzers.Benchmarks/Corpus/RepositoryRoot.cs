namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>The clone the benchmark runs from: the folder above the binary that holds FtpReplyAnalyzers.sln.</summary>
internal static class RepositoryRoot
{
    public static string? Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FtpReplyAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
