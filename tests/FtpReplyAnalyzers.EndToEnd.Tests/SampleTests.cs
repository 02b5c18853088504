using System.Text.RegularExpressions;
using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>The README's main command: building the sample shows exactly the warnings the README lists.</summary>
[Collection(PackageCollection.Name)]
public sealed partial class SampleTests
{
    [Fact]
    public async Task Building_the_sample_prints_what_the_README_shows()
    {
        var build = (await DotnetCli.RunAsync(RepositoryFiles.Root, new Dictionary<string, string>(), "build", "samples/FtpClientSample", "--no-incremental"))
            .EnsureSuccess("dotnet build samples/FtpClientSample --no-incremental");
        var printed = BuildWarning().Matches(build.Output).Select(m => m.Groups["text"].Value.TrimEnd()).ToHashSet(StringComparer.Ordinal);

        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var section = readme[readme.IndexOf("## The sample", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var shown = ReadmeWarning().Matches(section).Select(m => m.Value.TrimEnd()).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(shown);
        Assert.Equal(shown.Order(StringComparer.Ordinal), printed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
    }

    // "samples/FtpClientSample/X.cs(1,2): warning FTP0004: ... (https://...)": the part the README shows, of every rule.
    [GeneratedRegex(@"samples/FtpClientSample/(?<text>[A-Za-z]+\.cs\(\d+,\d+\): warning FTP\d{4}: [^\r\n\[]*?) \(https://")]
    private static partial Regex BuildWarning();

    [GeneratedRegex(@"(?m)^[A-Za-z]+\.cs\(\d+,\d+\): warning FTP\d{4}: .*$")]
    private static partial Regex ReadmeWarning();
}
