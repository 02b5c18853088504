using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>
/// A fresh project that references the package from a folder feed, built, fixed and run with the real CLI:
/// the warnings with their meanings, the SARIF log CI keeps, dotnet format's Fix All, and the program's output
/// before and after the fix.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class ConsumerTests(PackageFixture package)
{
    private static readonly string ProgramSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs.txt"));
    private static readonly string FixedSource = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.fixed.cs.txt"));

    // 18 literal reply codes in Program.cs.txt; one of them, a string case label, has no fix.
    private const int ExpectedWarnings = 18;

    [Fact]
    public async Task Build_shows_FTP0001_with_meanings_and_the_SARIF_log_holds_the_same_with_help_links()
    {
        var consumer = package.CreateConsumer("BuildConsumer", ProgramSource);
        var sarif = Path.Combine(consumer.Folder, "build.sarif");
        var build = (await consumer.RunAsync("build", "-p:ErrorLog=" + sarif + "%2Cversion=2.1")).EnsureSuccess("dotnet build");

        var warnings = Warnings(build.Output);
        Assert.Equal(ExpectedWarnings, warnings.Count);
        Assert.Contains(
            "FTP reply 421 means \"service not available, closing control connection\" (transient negative: retry later): use FtpReplyCode.ServiceNotAvailable",
            build.Output,
            StringComparison.Ordinal);
        Assert.Contains("use FtpStatusCode.ActionNotTakenFileUnavailable", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "FTP0001").ToList();
        Assert.Equal(ExpectedWarnings, results.Count);
        Assert.All(results, r => Assert.StartsWith("FTP reply ", MessageText(r.GetProperty("message")), StringComparison.Ordinal));
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "FTP0001");
        Assert.EndsWith("/docs/rules/FTP0001.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dotnet_format_fixes_every_site_and_the_program_prints_the_same()
    {
        var consumer = package.CreateConsumer("FormatConsumer", ProgramSource);
        var before = (await consumer.RunAsync("run")).EnsureSuccess("dotnet run (before)");

        (await consumer.RunAsync("format", "analyzers", "--diagnostics", "FTP0001", "--severity", "info")).EnsureSuccess("dotnet format");
        // Every fixable site, in every shape, exactly as the lightbulb's Fix All writes it (see EditorTests).
        Assert.Equal(FixedSource, File.ReadAllText(consumer.ProgramPath));

        var rebuild = (await consumer.RunAsync("build", "--no-incremental")).EnsureSuccess("dotnet build (after)");
        Assert.Empty(Warnings(rebuild.Output));

        var after = (await consumer.RunAsync("run", "--no-build")).EnsureSuccess("dotnet run (after)");
        Assert.Equal(ProgramLines(before.Output), ProgramLines(after.Output));
        Assert.Equal(1001, ProgramLines(after.Output).Count);
    }

    [Fact]
    public async Task Dotnet_format_keeps_the_files_line_endings_when_the_editorconfig_says_otherwise()
    {
        // A project whose .editorconfig asks for CRLF while its files are LF (common where the setting was copied in):
        // what the fixes add (a using, the blank line after it) follows the file, so no file gains mixed line endings.
        var consumer = package.CreateConsumer("LineEndingConsumer", ProgramSource.ReplaceLineEndings("\n"));
        File.WriteAllText(Path.Combine(consumer.Folder, ".editorconfig"), "root = true\n\n[*.cs]\nend_of_line = crlf\n");
        var others = new Dictionary<string, string>
        {
            ["NoUsings.cs"] = "static class FtpRetries\n{\n    public static bool Retry(int replyCode) => replyCode == 421;\n}\n",
            ["FileScoped.cs"] = "namespace Transfers;\n\nstatic class FtpClasses\n{\n    public static bool Transient(int replyCode) => replyCode >= 400 && replyCode < 500;\n}\n",
            ["BlockScoped.cs"] = "using System;\n\nnamespace Transfers\n{\n    static class FtpTransfers\n    {\n        public static bool Done(string code) => code == \"226\";\n    }\n}\n",
            ["UsingsInside.cs"] = "namespace Transfers\n{\n    using System.Text;\n\n    static class FtpSessions\n    {\n        public static bool Retry(int replyCode) => replyCode == 421;\n    }\n}\n",
        };
        foreach (var (name, text) in others)
        {
            File.WriteAllText(Path.Combine(consumer.Folder, name), text);
        }

        (await consumer.RunAsync("format", "analyzers", "--diagnostics", "FTP0001", "FTP0003", "--severity", "info")).EnsureSuccess("dotnet format");
        Assert.Equal(FixedSource.ReplaceLineEndings("\n"), File.ReadAllText(consumer.ProgramPath));
        foreach (var (name, text) in others)
        {
            var written = File.ReadAllText(Path.Combine(consumer.Folder, name));
            Assert.NotEqual(text, written);
            Assert.Contains("FtpReply", written, StringComparison.Ordinal);
            Assert.DoesNotContain('\r', written);
        }
    }

    [Fact]
    public async Task Oldest_served_compiler_toolset_loads_the_analyzer()
    {
        // Microsoft.Net.Compilers.Toolset 4.14.0 is the oldest toolset the feed serves; our assemblies ask for 4.8.0.
        var consumer = package.CreateConsumer(
            "ToolsetConsumer",
            ProgramSource,
            """<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />""");
        var build = (await consumer.RunAsync("build")).EnsureSuccess("dotnet build with the 4.14 toolset");
        Assert.Equal(ExpectedWarnings, Warnings(build.Output).Count);
        Assert.DoesNotContain("CS9057", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
    }

    // SARIF 2.1 writes a message as an object with "text"; version 1 as a plain string.
    private static string? MessageText(JsonElement message) =>
        message.ValueKind == JsonValueKind.String ? message.GetString() : message.GetProperty("text").GetString();

    // MSBuild prints each warning twice (as it happens and in the summary): count distinct ones.
    private static List<string> Warnings(string output) =>
        WarningLine().Matches(output).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    private static List<string> ProgramLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && char.IsDigit(l[0])).ToList();

    [GeneratedRegex(@"Program\.cs\(\d+,\d+\): warning FTP0001: [^\[\r\n]*")]
    private static partial Regex WarningLine();
}
