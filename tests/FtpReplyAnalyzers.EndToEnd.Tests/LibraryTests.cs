using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace FtpReplyAnalyzers.EndToEnd.Tests;

/// <summary>
/// A library maintainer adds the package to a real library (strong-named, netstandard2.0 and net8.0, C# 7.3 on
/// netstandard2.0), with and without <c>PrivateAssets="all"</c>, and takes every fix with the real CLI. Proves that
/// <c>dotnet format analyzers --severity warn</c> leaves nothing for <c>dotnet format --verify-no-changes</c> to trip on;
/// that the fixed library builds with no FTP warning and no CS8002; that with PrivateAssets the fixed code, the built
/// assemblies and the packed .nuspec need nothing of ours (without it, the .nuspec depends on our package); and that an
/// application prints exactly the same with the unfixed 1.0.0 and the fixed 1.0.1 of the library.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed partial class LibraryTests(PackageFixture package)
{
    private const string LibraryName = "Acme.FtpKit";

    // Reply codes the application feeds every public method of the library: each branch of every fixed site.
    private static readonly int[] Samples = [150, 220, 221, 226, 250, 421, 450, 550, 999];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Library_fixed_with_dotnet_format_builds_clean_packs_right_and_behaves_the_same(bool privateAssets)
    {
        var root = Path.Combine(package.WorkFolder, $"Library-{(privateAssets ? "private" : "public")}-{Guid.NewGuid().ToString("N")[..8]}");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, ".packages") };
        var libraryFeed = Path.Combine(root, "library-feed");
        var library = new PackageFixture.Consumer(Path.Combine(root, LibraryName), LibraryName, environment);
        var projectFile = Path.Combine(library.Folder, LibraryName + ".csproj");

        // 1. The library, as its maintainer writes it, with our package added.
        WriteProject(
            library.Folder,
            NuGetConfig(package.FeedFolder),
            (LibraryName + ".csproj", LibraryProject("1.0.0", privateAssets)),
            (".editorconfig", "root = true\n\n[*.cs]\n"),
            ("FtpReplyParser.cs", ParserSource),
            ("FtpTextReplyPolicy.cs", TextReplySource),
            ("FtpServerSession.cs", ServerSource));
        File.Copy(
            Path.Combine(RepositoryFiles.Root, "src", "FtpReplyAnalyzers.ReplyCodes", "FtpReplyAnalyzers.snk"),
            Path.Combine(library.Folder, LibraryName + ".snk"));

        // 2. It builds, the analyzers run in it, and the unfixed code ships as 1.0.0; then every warning's fix is taken.
        var unfixed = (await library.RunAsync("build", "-c", "Release")).EnsureSuccess("dotnet build (unfixed library)");
        Assert.Contains("warning FTP0001", unfixed.Output, StringComparison.Ordinal);
        Assert.Contains("warning FTP0003", unfixed.Output, StringComparison.Ordinal);
        (await library.RunAsync("pack", "-c", "Release", "--no-build", "-o", libraryFeed)).EnsureSuccess("dotnet pack 1.0.0");
        (await library.RunAsync("format", "analyzers", projectFile, "--severity", "warn")).EnsureSuccess("dotnet format analyzers");
        var verify = await library.RunAsync("format", projectFile, "--verify-no-changes");
        Assert.True(verify.ExitCode == 0, $"dotnet format --verify-no-changes exited with {verify.ExitCode} after the fixes:\n{verify.Output}");

        // 3. The fixed library, bumped to 1.0.1, builds with no FTP warning left and no strong-name complaint.
        File.WriteAllText(projectFile, LibraryProject("1.0.1", privateAssets));
        var build = (await library.RunAsync("build", "-c", "Release", "--no-incremental")).EnsureSuccess("dotnet build (fixed library)");
        Assert.DoesNotContain("CS8002", build.Output, StringComparison.Ordinal);
        var remaining = FtpWarning().Matches(build.Output).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(remaining.Count == 0, "FTP warnings left after the fixes:\n" + string.Join("\n", remaining));

        // 4. With PrivateAssets, nothing of ours is called, so the assemblies reference nothing of ours.
        if (privateAssets)
        {
            var fixedSource = string.Concat(Directory.GetFiles(library.Folder, "*.cs").Select(File.ReadAllText));
            Assert.DoesNotContain("ToCodeString(", fixedSource, StringComparison.Ordinal);
            Assert.DoesNotContain("FtpReplyCodes.", fixedSource, StringComparison.Ordinal);
            foreach (var framework in new[] { "netstandard2.0", "net8.0" })
            {
                var assembly = Path.Combine(library.Folder, "bin", "Release", framework, LibraryName + ".dll");
                Assert.DoesNotContain("FtpReplyAnalyzers.ReplyCodes", AssemblyReferences(assembly));
            }

            // What is left is a suggestion (the string code's class check); a severity set for the package's category
            // raises it with the rest, as README and the rule pages say.
            File.WriteAllText(Path.Combine(library.Folder, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-FtpReplyAnalyzers.severity = warning\n");
            var raised = (await library.RunAsync("build", "-c", "Release", "--no-incremental")).EnsureSuccess("dotnet build (category severity)");
            Assert.Contains("warning FTP0003", raised.Output, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(library.Folder, ".editorconfig"), "root = true\n\n[*.cs]\n");
        }

        // 5. The fixed 1.0.1 depends on our package only where the maintainer let it.
        (await library.RunAsync("pack", "-c", "Release", "--no-build", "-o", libraryFeed)).EnsureSuccess("dotnet pack 1.0.1");
        var dependencies = NuspecDependencies(Path.Combine(libraryFeed, $"{LibraryName}.1.0.1.nupkg"));
        if (privateAssets)
        {
            Assert.DoesNotContain("FtpReplyAnalyzers", dependencies);
        }
        else
        {
            Assert.Contains("FtpReplyAnalyzers", dependencies);
        }

        // 6. An application of the library's users prints the same with 1.0.0 and with 1.0.1.
        var application = new PackageFixture.Consumer(Path.Combine(root, "FtpKitApp"), "FtpKitApp", environment);
        WriteProject(
            application.Folder,
            NuGetConfig(libraryFeed, package.FeedFolder),
            ("FtpKitApp.csproj", ApplicationProject("1.0.0")),
            ("Program.cs", ApplicationSource));
        var before = (await application.RunAsync("run")).EnsureSuccess("dotnet run (Acme.FtpKit 1.0.0)");
        File.WriteAllText(Path.Combine(application.Folder, "FtpKitApp.csproj"), ApplicationProject("1.0.1"));
        var after = (await application.RunAsync("run")).EnsureSuccess("dotnet run (Acme.FtpKit 1.0.1)");
        Assert.Equal((Samples.Length * 9) + 4, ProgramLines(before.Output).Count);
        Assert.Equal(ProgramLines(before.Output), ProgramLines(after.Output));
    }

    private static void WriteProject(string folder, string nugetConfig, params (string Name, string Text)[] files)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), nugetConfig);

        // An isolated project, as the fixture's consumers are: nothing of the repository's build settings above it.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }

    private static string NuGetConfig(params string[] folderFeeds) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            {string.Concat(folderFeeds.Select((feed, i) => $"""<add key="local{i}" value="{feed}" />"""))}
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    private string LibraryProject(string version, bool privateAssets) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFrameworks>netstandard2.0;net8.0</TargetFrameworks>
            <PackageId>{LibraryName}</PackageId>
            <Version>{version}</Version>
            <SignAssembly>true</SignAssembly>
            <AssemblyOriginatorKeyFile>{LibraryName}.snk</AssemblyOriginatorKeyFile>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="FtpReplyAnalyzers" Version="{package.Version}"{(privateAssets ? " PrivateAssets=\"all\"" : "")} />
          </ItemGroup>
        </Project>
        """;

    // Only the .NET 10 runtime is installed where these tests run: the net8.0 application rolls forward to it.
    private static string ApplicationProject(string libraryVersion) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net8.0</TargetFramework>
            <RollForward>Major</RollForward>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{LibraryName}" Version="{libraryVersion}" />
          </ItemGroup>
        </Project>
        """;

    private static List<string> AssemblyReferences(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name)).ToList();
    }

    private static List<string> NuspecDependencies(string packagePath)
    {
        using var archive = ZipFile.OpenRead(packagePath);
        using var stream = archive.GetEntry(LibraryName + ".nuspec")!.Open();
        return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string)e.Attribute("id")!).ToList();
    }

    private static List<string> ProgramLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("ftpkit ", StringComparison.Ordinal)).ToList();

    // "FtpTextReplyPolicy.cs(27,22): warning FTP0001: FTP reply 421 means ...", once for both target frameworks.
    [GeneratedRegex(@"\w+\.cs\(\d+,\d+\): warning FTP\d{4}: [^\[\r\n]*")]
    private static partial Regex FtpWarning();

    // The library is C# 7.3 on netstandard2.0: no switch expressions, no `is not`, no records, no nullable annotations.
    private const string ParserSource = """
        using System.Globalization;

        namespace Acme.FtpKit
        {
            /// <summary>One reply of an FTP server: its code and its first line.</summary>
            public sealed class FtpReply
            {
                public FtpReply(string line)
                {
                    Code = int.Parse(line.Substring(0, 3), CultureInfo.InvariantCulture);
                    Text = line;
                }

                public int Code { get; }

                public string Text { get; }
            }

            /// <summary>The client side: reads the server's replies and decides what to do next.</summary>
            public static class FtpReplyParser
            {
                public static bool IsGreeting(FtpReply reply) => reply.Text.StartsWith("220");

                public static bool IsTransferComplete(FtpReply reply) => reply.Code == 226;

                public static bool ShouldRetry(int code) => code >= 400 && code < 500;

                public static bool IsFatal(int code) => code / 100 == 5;

                public static string Describe(int code)
                {
                    switch (code)
                    {
                        case 150:
                            return "opening data connection";
                        case 226:
                            return "transfer complete";
                        case 550:
                            return "file unavailable";
                        default:
                            return "code " + code.ToString(CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        """;

    private const string TextReplySource = """
        namespace Acme.FtpKit
        {
            /// <summary>A reply whose code is kept as text, as some FTP clients keep it.</summary>
            public sealed class FtpTextReply
            {
                public FtpTextReply(string code)
                {
                    Code = code;
                }

                public string Code { get; }
            }

            /// <summary>Decisions on replies whose code is a string.</summary>
            public static class FtpTextReplyPolicy
            {
                public static bool IsMissingFile(FtpTextReply reply) => reply.Code == "550";

                public static bool IsTransient(FtpTextReply reply) => reply.Code[0] == '4';

                public static string NextStep(FtpTextReply reply)
                {
                    switch (reply.Code)
                    {
                        case "421":
                            return "reconnect";
                        case "450":
                            return "try again";
                        default:
                            return "go on";
                    }
                }
            }
        }

        """;

    private const string ServerSource = """
        using System.IO;

        namespace Acme.FtpKit
        {
            /// <summary>The server side: the reply text a session sends for a few commands.</summary>
            public sealed class FtpServerSession
            {
                private readonly StringWriter writer = new StringWriter();

                public string HandleCwd(string directory)
                {
                    if (directory.Length == 0)
                    {
                        return "550 No such directory";
                    }

                    return "250 Directory changed";
                }

                public string HandleFeat() => "211-Features:\r\n UTF8\r\n211 End";

                public string HandleQuit()
                {
                    writer.WriteLine("221 Goodbye");
                    return writer.ToString();
                }
            }
        }

        """;

    // Every public method, with every sample code; one line each, line breaks in replies shown as \r and \n.
    private static readonly string ApplicationSource = $$"""
        using System;
        using Acme.FtpKit;

        foreach (var value in new[] { {{string.Join(", ", Samples)}} })
        {
            var reply = new FtpReply(value + " Reply text");
            var textReply = new FtpTextReply(value.ToString());
            Show(value, "Parse", reply.Code + "|" + reply.Text);
            Show(value, "Describe", FtpReplyParser.Describe(value));
            Show(value, "IsGreeting", FtpReplyParser.IsGreeting(reply));
            Show(value, "IsTransferComplete", FtpReplyParser.IsTransferComplete(reply));
            Show(value, "ShouldRetry", FtpReplyParser.ShouldRetry(value));
            Show(value, "IsFatal", FtpReplyParser.IsFatal(value));
            Show(value, "IsMissingFile", FtpTextReplyPolicy.IsMissingFile(textReply));
            Show(value, "IsTransient", FtpTextReplyPolicy.IsTransient(textReply));
            Show(value, "NextStep", FtpTextReplyPolicy.NextStep(textReply));
        }

        var session = new FtpServerSession();
        Show(0, "HandleCwd(empty)", session.HandleCwd(""));
        Show(0, "HandleCwd(/pub)", session.HandleCwd("/pub"));
        Show(0, "HandleFeat", session.HandleFeat());
        Show(0, "HandleQuit", session.HandleQuit());

        static void Show(int value, string call, object result) =>
            Console.WriteLine($"ftpkit {value} {call} = {result}".Replace("\r", "\\r").Replace("\n", "\\n"));

        """;
}
