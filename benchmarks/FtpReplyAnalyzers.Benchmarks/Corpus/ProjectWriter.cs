using System.Text;

namespace FtpReplyAnalyzers.Benchmarks.Corpus;

/// <summary>
/// Writes the generated corpus as a solution a user could have (<c>--write-projects</c>): five libraries and a console
/// app, each an SDK project on .NET 8 with a PackageReference to FtpReplyAnalyzers, for a real <c>dotnet build</c>
/// (benchmarks/real-build/measure.sh). The support files go to Contoso.Core, which every other project references.
/// </summary>
internal static class ProjectWriter
{
    private const string Core = "Contoso.Core";
    private const string App = "Contoso.App";

    /// <summary>Which project each kind of generated file goes to (the kind is the file name without its index).</summary>
    private static readonly (string Project, string[] Kinds)[] Projects =
    [
        (Core, ["Defaults", "CacheStore"]),
        ("Contoso.FtpClient", ["FtpWebRequestClient", "FluentFtpClient", "ControlConnection"]),
        ("Contoso.FtpServer", ["FtpServer"]),
        ("Contoso.Web", ["HttpApiClient", "DomainService"]),
        ("Contoso.Mail", ["MailNotifier", "SmtpRelay"]),
        (App, ["ReportFormatter", "SyncWorker", "RecordImporter"]),
    ];

    private const string AppProgram = """
        using System;
        using Contoso.Shared;

        namespace Contoso.App;

        internal static class Program
        {
            private static int Main(string[] args)
            {
                IAppLog log = new ConsoleLog();
                log.Info("Contoso.App started with " + args.Length + " arguments");
                Console.WriteLine("Contoso.App");
                return 0;
            }
        }

        """;

    /// <summary>Writes the projects and Contoso.slnx into <paramref name="folder"/>; returns the number of C# files written.</summary>
    public static int Write(string folder, IReadOnlyList<SourceFile> files, string packageVersion)
    {
        var count = 0;
        foreach (var file in files)
        {
            var project = file.Kind == SourceKind.Support ? Core : ProjectOf(file.Path);
            WriteFile(Path.Combine(folder, project, file.Path), file.Text);
            count++;
        }

        WriteFile(Path.Combine(folder, App, "Program.cs"), AppProgram);
        var solution = new StringBuilder("<Solution>\n");
        foreach (var (project, _) in Projects)
        {
            WriteFile(Path.Combine(folder, project, project + ".csproj"), ProjectFile(project, packageVersion));
            solution.Append($"  <Project Path=\"{project}/{project}.csproj\" />\n");
        }

        WriteFile(Path.Combine(folder, "Contoso.slnx"), solution.Append("</Solution>\n").ToString());
        return count + 1;
    }

    private static string ProjectOf(string path)
    {
        var kind = Path.GetFileNameWithoutExtension(path).TrimEnd("0123456789".ToCharArray());
        foreach (var (project, kinds) in Projects)
        {
            if (kinds.Contains(kind))
            {
                return project;
            }
        }

        throw new InvalidOperationException($"no project for the generated file {path}");
    }

    /// <summary>
    /// .NET 8, C# 12 and nullable as the corpus compiles; no implicit usings (every generated file has its own); the
    /// analyzers' findings stay warnings. The console app references every library, the libraries Contoso.Core.
    /// </summary>
    private static string ProjectFile(string project, string packageVersion)
    {
        IEnumerable<string> references = project switch
        {
            Core => [],
            App => Projects.Select(p => p.Project).Where(p => p != App),
            _ => new[] { Core },
        };
        var text = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        if (project == App)
        {
            text.Append("    <OutputType>Exe</OutputType>\n");
        }

        text.Append($"""
                <TargetFramework>net8.0</TargetFramework>
                <LangVersion>12</LangVersion>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FtpReplyAnalyzers" Version="{packageVersion}" />

            """);
        foreach (var reference in references)
        {
            text.Append($"    <ProjectReference Include=\"..\\{reference}\\{reference}.csproj\" />\n");
        }

        return text.Append("  </ItemGroup>\n</Project>\n").ToString();
    }

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
